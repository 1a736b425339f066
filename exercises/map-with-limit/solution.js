// mapLimit: at most `limit` calls of fn in flight; each result is stored at its item's index, so the
// results come back in input order whatever order the calls finish in. The first failure rejects.
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
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
