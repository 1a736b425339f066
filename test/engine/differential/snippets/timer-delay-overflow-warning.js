// Delays above 2^31-1 become 1 ms with a TimeoutOverflowWarning every time.
// @times: scheduled=0 *=1
setTimeout(() => console.log('two to the 31'), 2 ** 31);
setTimeout(() => console.log('infinity'), Infinity);
console.log('scheduled');
