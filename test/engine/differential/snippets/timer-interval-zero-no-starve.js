// setInterval(f, 0) is re-appended behind timers already in the 1 ms list, so it cannot starve them.
// @times: interval=1,2,3 timeout=1 second-timeout=2
let count = 0;
const handle = setInterval(() => {
  count += 1;
  console.log('interval', count);
  if (count === 1) setTimeout(() => console.log('second-timeout'), 0);
  if (count === 3) clearInterval(handle);
}, 0);
setTimeout(() => console.log('timeout'), 0);
