// An unhandled rejection kills the process with exit code 1 after the drain.
// @times: sync=0 tick=0
Promise.reject(new Error('nobody listens'));
process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('timer (never)'), 10);
console.log('sync');
