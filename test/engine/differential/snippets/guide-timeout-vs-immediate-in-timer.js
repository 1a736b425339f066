// Node "Event Loop" guide: inside a callback of an earlier phase the immediate always runs first
// (the guide uses an I/O callback; a timer callback gives the same guarantee).
// @times: outer=10 immediate=10 timeout=11
setTimeout(() => {
  console.log('outer');
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
}, 10);
