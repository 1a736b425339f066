// events.once resolves with the argument array when the event is emitted from a timer.
// @times: waiting=0 emitting=30 got=30
const { EventEmitter, once } = require('node:events');
const emitter = new EventEmitter();
(async () => {
  console.log('waiting');
  const values = await once(emitter, 'ready');
  console.log('got', values);
})();
setTimeout(() => {
  console.log('emitting');
  emitter.emit('ready', 1, 'two');
}, 30);
