// timers/promises setInterval ends with an AbortError when its signal aborts between ticks.
// @times: tick=20,40 caught=55 end=55
import { setInterval as every } from 'node:timers/promises';
const ac = new AbortController();
setTimeout(() => ac.abort(), 55);
let n = 0;
try {
  for await (const v of every(20, 'x', { signal: ac.signal })) {
    console.log('tick', v, ++n);
    if (n > 5) break;
  }
} catch (e) {
  console.log('caught', e.name, e.code);
}
console.log('end');
