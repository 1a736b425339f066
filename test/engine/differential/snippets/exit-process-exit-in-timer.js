// process.exit() inside a timer callback stops the same-time timers and the immediates.
// @times: first=20
setTimeout(() => {
  console.log('first');
  setImmediate(() => console.log('immediate (never)'));
  process.exit(4);
}, 20);
setTimeout(() => console.log('same list (never)'), 20);
