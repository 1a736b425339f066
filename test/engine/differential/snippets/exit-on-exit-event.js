// The 'exit' event runs synchronously with the exit code; timers scheduled there never run.
// @times: start=0 exit=10
process.on('exit', (code) => {
  console.log('exit event', code);
  setTimeout(() => console.log('never'), 0);
});
console.log('start');
setTimeout(() => {}, 10);
