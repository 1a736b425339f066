// events.on: emits queue up until read, 'break' removes the listeners, an 'error' event rejects the read (its timer starts at 20 ms).
// @times: data=10,10,20 loop=20 caught=50 after=50
import { EventEmitter, on } from 'node:events';
const feed = new EventEmitter();
setTimeout(() => {
  feed.emit('data', 1);
  feed.emit('data', 2);
}, 10);
setTimeout(() => feed.emit('data', 3), 20);
for await (const [value] of on(feed, 'data')) {
  console.log('data', value);
  if (value === 3) break;
}
console.log('loop done', feed.listenerCount('data'), feed.listenerCount('error'));
const failing = new EventEmitter();
setTimeout(() => failing.emit('error', new Error('broken feed')), 30);
try {
  for await (const args of on(failing, 'tick')) console.log('never', args);
} catch (error) {
  console.log('caught', error.message);
}
console.log('after', failing.listenerCount('tick'), failing.listenerCount('error'));
