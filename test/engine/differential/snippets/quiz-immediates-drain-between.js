// The microtask layer drains between immediates too.
// @times: *=0
setImmediate(() => {
  console.log('i1');
  Promise.resolve().then(() => console.log('p1'));
  process.nextTick(() => console.log('tick1'));
});
setImmediate(() => {
  console.log('i2');
  Promise.resolve().then(() => console.log('p2'));
});
