// process.on('uncaughtException') takes over: the loop continues after the handler.
// @times: handler=10 later=30
process.on('uncaughtException', (error) => console.log('handler caught', error.message));
setTimeout(() => {
  throw new Error('recovered');
}, 10);
setTimeout(() => console.log('later still runs'), 30);
