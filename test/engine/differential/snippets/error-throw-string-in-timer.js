// Throwing a string from a timer.
// @times: tick=10
setTimeout(() => {
  console.log('tick');
  throw 'plain string';
}, 10);
