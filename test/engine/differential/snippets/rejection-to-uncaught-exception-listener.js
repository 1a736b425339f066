// With only an 'uncaughtException' listener, an unhandled rejection reaches it (origin 'unhandledRejection') and the program goes on.
// @times: caught=0 alive=10
process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin));
Promise.reject(new Error('rej'));
setTimeout(() => console.log('alive'), 10);
