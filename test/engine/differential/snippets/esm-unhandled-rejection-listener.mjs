// An ES module's top-level rejection reaches its 'unhandledRejection' listener once the module has evaluated.
// @times: UR=0 alive=5
process.on('unhandledRejection', (r) => console.log('UR', r));
Promise.reject('esm');
setTimeout(() => console.log('alive'), 5);
