// @fails: duration
// @message: at 650 ms
// Runs fixed batches of `limit`: every batch waits for its slowest call while a slot stays free.
async function mapLimit(items, limit, fn) {
  const results = [];
  for (let start = 0; start < items.length; start += limit) {
    const batch = items.slice(start, start + limit);
    results.push(...(await Promise.all(batch.map((item, offset) => fn(item, start + offset)))));
  }
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
