// @fails: summary, requests
// @message: expected call 2 to start at 100 ms, it started at 0 ms
// Fetches both at once with a guessed id: right answer, but the second request did not wait for the first.
const getJson = (url) => fetch(url).then((response) => response.json());

function orderSummary(name) {
  return Promise.all([
    getJson(`https://shop.test/users/${name}`),
    getJson('https://shop.test/users/7/orders'),
  ]).then(([user, orders]) => {
    const total = orders.reduce((sum, order) => sum + order.total, 0);
    return `${user.name} has ${orders.length} orders worth ${total}`;
  });
}

orderSummary('ada').then((summary) => console.log(summary));
