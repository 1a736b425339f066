// process.exit(n) ends at once with code n: pending ticks, promises and timers never run.
// @times: before=0
console.log('before');
process.nextTick(() => console.log('tick (never)'));
Promise.resolve().then(() => console.log('promise (never)'));
setTimeout(() => console.log('timer (never)'), 10);
process.exit(3);
