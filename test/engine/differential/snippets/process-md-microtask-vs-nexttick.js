// process.md "queueMicrotask() vs. process.nextTick()", CommonJS: nextTick first.
// @times: *=0
Promise.resolve().then(() => console.log(2));
queueMicrotask(() => console.log(3));
process.nextTick(() => console.log(1));
