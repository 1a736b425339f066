// An uncaught exception in an immediate stops the check phase.
// @times: first=0
setImmediate(() => {
  console.log('first');
  throw new RangeError('out of range');
});
setImmediate(() => console.log('second (never)'));
