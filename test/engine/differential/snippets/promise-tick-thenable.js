// await of a thenable costs 2 microtask turns, a plain value or native promise 1 (event-loop.md §7).
// @times: *=0
const turns = ['turn 1', 'turn 2', 'turn 3', 'turn 4'];
turns.reduce((chain, name) => chain.then(() => console.log(name)), Promise.resolve());
(async () => {
  await { then: (resolve) => resolve() };
  console.log('after thenable');
})();
(async () => {
  await 42;
  console.log('after plain value');
})();
(async () => {
  await Promise.resolve();
  console.log('after native promise');
})();
