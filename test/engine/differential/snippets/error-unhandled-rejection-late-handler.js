// A handler attached in a later macrotask is too late: the process dies before that timer runs.
// @times: sync=0
const failing = Promise.reject(new Error('late'));
setTimeout(() => failing.catch(() => console.log('handled (never)')), 10);
console.log('sync');
