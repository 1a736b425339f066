// @fails: summary
// @message: undefined
// Forgets to return the inner promise: the next then receives undefined before the orders arrive.
const getJson = (url) => fetch(url).then((response) => response.json());

function orderSummary(name) {
  let user;
  return getJson(`https://shop.test/users/${name}`)
    .then((found) => {
      user = found;
      getJson(`https://shop.test/users/${user.id}/orders`);
    })
    .then((orders) => `${user.name} has ${orders?.length} orders worth ${orders?.length}`);
}

orderSummary('ada').then((summary) => console.log(summary));
