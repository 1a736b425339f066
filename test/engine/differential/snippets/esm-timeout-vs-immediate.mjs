// From Node 24.3 the ES-module entry loads synchronously, so timeout(0) vs immediate is racy like CommonJS.
// @racy
// @times: immediate=0 timeout=1
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
