// Ticks queued from promise jobs wait for the whole microtask queue, and vice versa.
// @times: *=0
Promise.resolve()
  .then(() => {
    console.log('p1');
    process.nextTick(() => console.log('tick-from-p1'));
  })
  .then(() => console.log('p2'));
process.nextTick(() => {
  console.log('t1');
  Promise.resolve().then(() => console.log('promise-from-t1'));
  process.nextTick(() => console.log('tick-from-t1'));
});
process.nextTick(() => console.log('t2'));
