// A longer ordering quiz mixing every queue, started from a timer callback so that start-up time cannot
// let the 50 ms timer overtake the immediate.
// @times: *=1 timeout-50=51 tick-in-50=51 promise-in-50=51 immediate-in-50=51 timeout-100=101
setTimeout(() => {
  console.log('sync 1');
  setTimeout(() => {
    console.log('timeout-50');
    process.nextTick(() => console.log('tick-in-50'));
    Promise.resolve().then(() => console.log('promise-in-50'));
    setImmediate(() => console.log('immediate-in-50'));
  }, 50);
  setTimeout(() => console.log('timeout-100'), 100);
  setImmediate(() => {
    console.log('immediate');
    process.nextTick(() => console.log('tick-in-immediate'));
  });
  queueMicrotask(() => console.log('microtask'));
  process.nextTick(() => console.log('tick'));
  (async () => {
    console.log('async body');
    await null;
    console.log('after await');
  })();
  console.log('sync 2');
}, 0);
