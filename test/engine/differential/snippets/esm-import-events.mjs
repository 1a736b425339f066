// Named imports from node:events and node:timers/promises in an ES module.
// @times: waiting=0 got=25
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
const emitter = new EventEmitter();
sleep(25).then(() => emitter.emit('go', 'payload'));
console.log('waiting');
const [value] = await once(emitter, 'go');
console.log('got', value);
