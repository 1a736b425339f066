// emit() calls listeners synchronously in registration order; prependListener and once behave as documented.
// @times: *=0
const { EventEmitter } = require('node:events');
const emitter = new EventEmitter();
emitter.on('data', (value) => console.log('listener 1', value));
emitter.once('data', (value) => console.log('once', value));
emitter.prependListener('data', (value) => console.log('prepended', value));
console.log('before emit');
console.log('emit returned', emitter.emit('data', 'a'));
emitter.emit('data', 'b');
console.log('no listeners returns', emitter.emit('nothing'));
console.log('count', emitter.listenerCount('data'), emitter.eventNames());
