// Scheduled from an immediate, setTimeout(0) and setImmediate race (event-loop.md §5).
// @racy
// @times: immediate=0 timeout=1
setImmediate(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
});
