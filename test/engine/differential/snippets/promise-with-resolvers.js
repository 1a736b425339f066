// Promise.withResolvers resolves from outside, here from a timer.
// @times: resolved=20
const { promise, resolve } = Promise.withResolvers();
setTimeout(resolve, 20, 'from timer');
promise.then((value) => console.log('resolved', value));
