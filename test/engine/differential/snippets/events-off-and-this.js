// Listeners get `this` = the emitter (function listeners); off() removes one registration.
// @times: *=0
const { EventEmitter } = require('node:events');
const emitter = new EventEmitter();
function listener() {
  console.log('called, this is emitter:', this === emitter);
}
emitter.on('ping', listener);
emitter.emit('ping');
emitter.off('ping', listener);
console.log('after off', emitter.emit('ping'));
