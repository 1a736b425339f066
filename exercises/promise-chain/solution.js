// Each then returns the next promise, so the chain waits for it and passes its value on.
const getJson = (url) => fetch(url).then((response) => response.json());

function orderSummary(name) {
  return getJson(`https://shop.test/users/${name}`)
    .then((user) => getJson(`https://shop.test/users/${user.id}/orders`).then((orders) => ({ user, orders })))
    .then(({ user, orders }) => {
      const total = orders.reduce((sum, order) => sum + order.total, 0);
      return `${user.name} has ${orders.length} orders worth ${total}`;
    });
}

orderSummary('ada').then((summary) => console.log(summary));
