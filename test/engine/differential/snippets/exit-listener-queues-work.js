// At a normal exit, promise jobs queued by an 'exit' listener run; its timers, immediates and ticks never do.
// @times: last=10 exit=10 promise=10 qm=10
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('timer in exit never'), 0);
  setImmediate(() => console.log('imm in exit never'));
  process.nextTick(() => console.log('tick in exit never'));
  Promise.resolve().then(() => console.log('promise in exit?'));
  queueMicrotask(() => console.log('qm in exit?'));
  console.log('exit end');
});
setTimeout(() => console.log('last timer'), 10);
