// An 'error' event without a listener throws ERR_UNHANDLED_ERROR carrying the value as `context`.
// @times: emitting=10
const { EventEmitter } = require('node:events');
const ee = new EventEmitter();
setTimeout(() => {
  console.log('emitting');
  ee.emit('error', 'just a string');
}, 10);
