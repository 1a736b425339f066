// mapLimit(items, limit, fn): like Promise.all(items.map(fn)), but never more than `limit` calls at once.
async function mapLimit(items, limit, fn) {
  // TODO: at most `limit` calls in flight; resolve with the results in input order.
  return Promise.all(items.map((item, index) => fn(item, index)));
}

async function fetchSizes(urls, limit) {
  return mapLimit(urls, limit, async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return (await response.json()).size;
  });
}

const files = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => `https://files.test/${name}`);
fetchSizes(files, 2).then((sizes) => console.log(`sizes: ${sizes.join(', ')}`));

module.exports = { mapLimit, fetchSizes };
