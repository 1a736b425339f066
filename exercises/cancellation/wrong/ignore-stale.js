// @fails: output, stale-aborted
// @message: cancelled
// Ignores stale answers instead of cancelling them: the output hides it, but the requests all run to the end.
let latest = 0;

async function search(query) {
  const ticket = ++latest;
  const response = await fetch(`https://search.test/?q=${query}`);
  const { hits } = await response.json();
  if (ticket === latest) console.log(`${hits} results for "${query}"`);
}

const typed = [
  [0, 'n'],
  [120, 'no'],
  [240, 'nod'],
  [700, 'node'],
];
for (const [at, query] of typed) setTimeout(() => search(query), at);
