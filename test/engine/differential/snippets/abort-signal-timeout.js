// AbortSignal.timeout(ms) aborts with a TimeoutError while something else keeps the loop alive.
// @times: aborted=20 end=40
const signal = AbortSignal.timeout(20);
signal.addEventListener('abort', () => {
  console.log('aborted', signal.reason.name, signal.reason.message);
});
setTimeout(() => console.log('end'), 40);
