// A top-level await that never settles: warning on stderr and exit code 13.
// @times: before=0
console.log('before');
await new Promise(() => {});
console.log('after (never)');
