// An unhandled rejection in an ES module after a top-level await.
// @times: before=0
console.log('before');
await null;
Promise.reject(new Error('esm rejection'));
