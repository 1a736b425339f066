// @fails: timing
// @message: at 50 ms
// Waits 10 ms to collect the batch: same requests, but every page render is 10 ms slower.
function createLoader(batchFn) {
  let batch = null;
  return function load(key) {
    if (batch === null) {
      batch = { keys: [], waiters: [] };
      const current = batch;
      setTimeout(() => {
        batch = null;
        const keys = [...new Set(current.keys)];
        batchFn(keys).then(
          (values) => current.waiters.forEach(({ key, resolve }) => resolve(values[keys.indexOf(key)])),
          (error) => current.waiters.forEach(({ reject }) => reject(error)),
        );
      }, 10);
    }
    return new Promise((resolve, reject) => {
      batch.keys.push(key);
      batch.waiters.push({ key, resolve, reject });
    });
  };
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
