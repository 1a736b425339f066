// Output written before process.exit() is all there.
// @times: *=10
setTimeout(() => {
  for (let i = 0; i < 5; i++) console.log('line', i);
  process.exit();
}, 10);
