// An interval of 100 ms interleaves with one-shot timers at 150 and 250 ms.
// @times: interval=100,200,300 timeout-150=150 timeout-250=250
let count = 0;
const handle = setInterval(() => {
  count += 1;
  console.log('interval', count);
  if (count === 3) clearInterval(handle);
}, 100);
setTimeout(() => console.log('timeout-150'), 150);
setTimeout(() => console.log('timeout-250'), 250);
