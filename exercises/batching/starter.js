// createLoader(batchFn): batch the load(key) calls made together into one batchFn(keys) call.
function createLoader(batchFn) {
  // TODO: collect the keys of every load() made in the same turn and call batchFn once with them.
  return (key) => batchFn([key]).then((values) => values[0]);
}

// GET https://users.test/?ids=1,2 answers with a table of users by id; the loader returns the users asked for.
const loadUser = createLoader((ids) =>
  fetch(`https://users.test/?ids=${ids.join(',')}`)
    .then((response) => response.json())
    .then((table) => ids.map((id) => table[id])),
);

async function renderComment(comment) {
  const author = await loadUser(comment.authorId);
  console.log(`${author}: ${comment.text}`);
}

async function main() {
  await Promise.all([
    renderComment({ authorId: 1, text: 'First!' }),
    renderComment({ authorId: 2, text: 'Nice post' }),
    renderComment({ authorId: 1, text: 'Thanks' }),
  ]);
  await renderComment({ authorId: 3, text: 'Late to the party' });
}

main();
