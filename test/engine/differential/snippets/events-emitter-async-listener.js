// Async listeners: emit() does not wait for them.
// @times: emit=0 listener=0 after=20
const { EventEmitter } = require('node:events');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const emitter = new EventEmitter();
emitter.on('job', async (name) => {
  console.log('listener start', name);
  await sleep(20);
  console.log('after sleep', name);
});
emitter.emit('job', 'j1');
console.log('emit returned');
