// process.md "queueMicrotask() vs. process.nextTick()", ES module: promise jobs first at the top level.
// @times: *=0
Promise.resolve().then(() => console.log(2));
queueMicrotask(() => console.log(3));
process.nextTick(() => console.log(1));
