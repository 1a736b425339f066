// An uncaught exception in the main script: earlier output appears, pending ticks and timers do not run.
// @times: before=0
console.log('before');
process.nextTick(() => console.log('tick (never)'));
setTimeout(() => console.log('timer (never)'), 10);
const error = new Error('boom');
error.code = 'E_BOOM';
throw error;
