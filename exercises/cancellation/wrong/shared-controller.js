// @fails: output, fresh-complete
// @message: a signal aborts only once
// One controller for every query: the first abort cancels all later requests too, since a signal aborts only once.
const controller = new AbortController();
let started = false;

async function search(query) {
  if (started) controller.abort();
  started = true;
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
