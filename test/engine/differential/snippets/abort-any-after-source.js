// AbortSignal.any aborts after its source's own listeners ran.
// @times: *=0
const ac = new AbortController();
const any = AbortSignal.any([ac.signal]);
any.addEventListener('abort', () => console.log('dependent listener'));
ac.signal.addEventListener('abort', () => console.log('source listener'));
ac.abort();
