// The classic "script start / promise1 / promise2 / setTimeout" ordering quiz.
// @times: script=0,0 promise1=0 promise2=0 setTimeout=10
console.log('script start');
setTimeout(() => console.log('setTimeout'), 10);
Promise.resolve()
  .then(() => console.log('promise1'))
  .then(() => console.log('promise2'));
console.log('script end');
