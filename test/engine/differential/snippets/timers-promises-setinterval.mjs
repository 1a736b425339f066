// timers/promises setInterval as an async iterator, broken out of after three ticks.
// @times: tick=20,40,60 done=60
import { setInterval } from 'node:timers/promises';
let count = 0;
for await (const value of setInterval(20, 'v')) {
  count += 1;
  console.log('tick', count, value);
  if (count === 3) break;
}
console.log('done');
