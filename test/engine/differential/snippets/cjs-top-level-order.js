// CommonJS counterpart of esm-top-level-order.mjs: nextTicks first.
// @times: *=0 timer=20 timer-tick=20 timer-promise=20
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => console.log('microtask'));
setTimeout(() => {
  console.log('timer');
  Promise.resolve().then(() => console.log('timer-promise'));
  process.nextTick(() => console.log('timer-tick'));
}, 20);
console.log('sync');
