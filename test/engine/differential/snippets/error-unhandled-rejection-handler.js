// process.on('unhandledRejection') receives the reason and the promise; the program continues.
// @times: handler=0 later=10
process.on('unhandledRejection', (reason, promise) =>
  console.log('handler', reason.message, promise instanceof Promise),
);
Promise.reject(new Error('reported'));
setTimeout(() => console.log('later'), 10);
