// ES-module top level: promise jobs and queueMicrotask run before nextTicks; later callbacks follow the normal rule.
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
