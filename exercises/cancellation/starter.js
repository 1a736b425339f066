// Only the latest query matters: cancel the request of the previous query when a new one starts.
async function search(query) {
  const response = await fetch(`https://search.test/?q=${query}`);
  const { hits } = await response.json();
  console.log(`${hits} results for "${query}"`);
}

const typed = [
  [0, 'n'],
  [120, 'no'],
  [240, 'nod'],
  [700, 'node'],
];
for (const [at, query] of typed) setTimeout(() => search(query), at);
