// events.once rejects when 'error' is emitted first.
// @times: rejected=20
const { EventEmitter, once } = require('node:events');
const emitter = new EventEmitter();
once(emitter, 'ready').catch((error) => console.log('rejected', error.message));
setTimeout(() => emitter.emit('error', new Error('failed to start')), 20);
