// AbortSignal.timeout uses an unref'ed timer: alone, it never fires and the program ends at once.
// @times: scheduled=0
const signal = AbortSignal.timeout(20);
signal.addEventListener('abort', () => console.log('aborted (never)'));
console.log('scheduled');
