// A handler attached from a nextTick of the same macrotask is in time: no error.
// @times: handled=0 timer=10
const failing = Promise.reject(new Error('handled soon'));
process.nextTick(() => failing.catch((e) => console.log('handled', e.message)));
setTimeout(() => console.log('timer'), 10);
