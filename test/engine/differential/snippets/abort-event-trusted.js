// The runtime's own abort events are trusted; new Event() is not, and neither is composed.
// @times: *=0
const ac = new AbortController();
ac.signal.addEventListener('abort', (e) => console.log(e.isTrusted, e.composed));
ac.abort();
console.log(new Event('x').isTrusted, new Event('x').composed);
