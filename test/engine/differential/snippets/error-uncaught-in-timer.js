// An uncaught exception in a timer stops at once: the rest of its list and its ticks never run.
// @times: first=20
setTimeout(() => {
  console.log('first');
  process.nextTick(() => console.log('tick (never)'));
  throw new TypeError('timer failed');
}, 20);
setTimeout(() => console.log('same list (never)'), 20);
setTimeout(() => console.log('later (never)'), 40);
