// More listeners than getMaxListeners() for one event: one MaxListenersExceededWarning per event and emitter.
// @times: count=0 warning=0 later=10
const { EventEmitter } = require('node:events');
class Feed extends EventEmitter {}
const feed = new Feed();
process.on('warning', (w) => console.log('warning', w.name, w.type === 'x', w.count, w.emitter === feed));
for (let i = 0; i < 12; i++) feed.on('x', () => {});
for (let i = 0; i < 11; i++) new EventEmitter().on('y', () => {});
const emitter = new EventEmitter();
emitter.setMaxListeners(2);
for (let i = 0; i < 3; i++) emitter.on(Symbol.for('s'), () => {});
console.log('count', feed.listenerCount('x'), feed.getMaxListeners());
setTimeout(() => console.log('later'), 10);
