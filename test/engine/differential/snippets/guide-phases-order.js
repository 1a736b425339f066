// Node "Event Loop" guide: the microtask layer, then the check phase, then the timers phase. Scheduled from
// inside a timer callback (as the guide's I/O example) so that the order does not depend on start-up time.
// @times: sync=10 nextTick=10 promise=10 queueMicrotask=10 immediate=10 timeout=60
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 50);
  setImmediate(() => console.log('immediate'));
  Promise.resolve().then(() => console.log('promise'));
  queueMicrotask(() => console.log('queueMicrotask'));
  process.nextTick(() => console.log('nextTick'));
  console.log('sync');
}, 10);
