// An immediate created by an immediate waits for the next iteration, behind those already queued.
// @times: *=0
setImmediate(() => {
  console.log('a');
  setImmediate(() => console.log('c (next iteration)'));
});
setImmediate(() => console.log('b'));
