// A throw in a queueMicrotask callback is an uncaught exception: later microtasks never run.
// @times: sync=0
queueMicrotask(() => {
  throw new Error('microtask failed');
});
queueMicrotask(() => console.log('second microtask (never)'));
setTimeout(() => console.log('timer (never)'), 10);
console.log('sync');
