// AbortSignal.any follows the first of its signals to abort.
// @times: combined=20
const manual = new AbortController();
setTimeout(() => manual.abort('manual first'), 20);
const slow = AbortSignal.timeout(60);
const combined = AbortSignal.any([slow, manual.signal]);
combined.addEventListener('abort', () => console.log('combined', combined.reason));
setTimeout(() => {}, 80);
