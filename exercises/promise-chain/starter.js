// Build the summary with a chain of then calls: the user first, then the user's orders.
const getJson = (url) => fetch(url).then((response) => response.json());

function orderSummary(name) {
  // TODO: GET https://shop.test/users/<name>, then https://shop.test/users/<id>/orders,
  // and resolve with "<name> has <count> orders worth <total>".
  return Promise.resolve('');
}

orderSummary('ada').then((summary) => console.log(summary));
