// Search as you type: every new query aborts the request of the previous one, so a slow, stale answer
// can never overwrite a newer one, and the server stops working on queries nobody wants any more.
let current = null;

async function search(query) {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  try {
    const response = await fetch(`https://search.test/?q=${query}`, { signal: controller.signal });
    const { hits } = await response.json();
    console.log(`${hits} results for "${query}"`);
  } catch (error) {
    if (error.name !== 'AbortError') throw error;
    console.log(`cancelled "${query}"`);
  }
}

const typed = [
  [0, 'n'],
  [120, 'no'],
  [240, 'nod'],
  [700, 'node'],
];
for (const [at, query] of typed) setTimeout(() => search(query), at);
