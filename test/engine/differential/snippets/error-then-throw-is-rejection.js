// A throwing .then callback only rejects its promise: the rest of the drain still runs, then the process dies.
// @times: sync=0 other=0
Promise.resolve().then(() => {
  throw new Error('then failed');
});
Promise.resolve().then(() => console.log('other microtask'));
setTimeout(() => console.log('timer (never)'), 10);
console.log('sync');
