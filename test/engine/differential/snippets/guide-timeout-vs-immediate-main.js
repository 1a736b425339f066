// Node "Event Loop" guide: setTimeout(0) vs setImmediate from the main module is bound by process performance.
// @racy
// @times: immediate=0 timeout=1
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
