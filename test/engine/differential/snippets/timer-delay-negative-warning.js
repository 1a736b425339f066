// A negative delay becomes 1 ms; TimeoutNegativeWarning appears only for the first one.
// @times: scheduled=0 *=1
setTimeout(() => console.log('minus five'), -5);
setTimeout(() => console.log('minus one'), -1);
console.log('scheduled');
