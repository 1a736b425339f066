// for await over an async generator: the first item after 2 turns, then every 2.
// @times: *=0
async function* numbers() {
  yield 1;
  yield 2;
  yield 3;
}
const turns = ['turn 1', 'turn 2', 'turn 3', 'turn 4', 'turn 5', 'turn 6', 'turn 7'];
turns.reduce((chain, name) => chain.then(() => console.log(name)), Promise.resolve());
(async () => {
  for await (const n of numbers()) console.log('item', n);
  console.log('loop done');
})();
