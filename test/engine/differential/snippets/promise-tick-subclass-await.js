// Awaiting a promise whose constructor is not Promise goes through then(): 3 turns.
// @times: *=0
class MyPromise extends Promise {}
const turns = ['turn 1', 'turn 2', 'turn 3', 'turn 4'];
turns.reduce((chain, name) => chain.then(() => console.log(name)), Promise.resolve());
(async () => {
  await MyPromise.resolve();
  console.log('after subclass');
})();
