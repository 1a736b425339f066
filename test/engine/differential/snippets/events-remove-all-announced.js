// prepend/once variants, and removeAllListeners(type) announcing each removal to 'removeListener'.
// @times: *=0
const EventEmitter = require('node:events');
const e = new EventEmitter();
e.prependListener('x', () => console.log('prepended'));
e.on('x', function () {
  console.log('on', this === e);
});
e.prependOnceListener('x', () => console.log('prepended once'));
e.emit('x');
e.emit('x');
console.log(e.eventNames(), e.listenerCount('x'), e.rawListeners('x').length, e.getMaxListeners());
e.on('newListener', (n) => console.log('newListener', n));
e.once('y', () => {});
e.on('removeListener', (n) => console.log('removed', n));
e.emit('y');
e.removeAllListeners('x');
console.log(e.eventNames());
console.log(e.emit('nothing'), EventEmitter.defaultMaxListeners, typeof EventEmitter.EventEmitter);
