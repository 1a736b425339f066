// Emitting 'error' without a listener throws the error: exit code 1.
// @times: before=0
const { EventEmitter } = require('node:events');
const emitter = new EventEmitter();
console.log('before');
emitter.emit('error', new Error('bad thing'));
console.log('after (never)');
