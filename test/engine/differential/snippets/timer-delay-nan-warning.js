// A NaN delay becomes 1 ms with a TimeoutNaNWarning on stderr, printed once per process.
// @times: scheduled=0 *=1
setTimeout(() => console.log('abc fired'), 'abc');
setTimeout(() => console.log('object fired'), {});
console.log('scheduled');
