// A 'beforeExit' listener that only queues promise jobs: they run, the loop is still empty, the program exits.
// @times: *=0
process.on('beforeExit', (code) => {
  console.log('beforeExit', code);
  Promise.resolve().then(() => console.log('microtask after beforeExit'));
  process.nextTick(() => console.log('tick after beforeExit'));
});
process.on('exit', (code) => console.log('exit', code));
process.exitCode = 2;
console.log('main');
