// @fails: sizes, small-batch
// @message: expected `sizes: 10, 20, 30, 40, 50, 60`
// Pushes each result when it arrives: the results come back in completion order.
async function mapLimit(items, limit, fn) {
  const results = [];
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      results.push(await fn(items[index], index));
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
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
