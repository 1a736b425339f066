// setInterval(f, Infinity) repeats every 1 ms after an overflow warning.
// @times: tick=1,2,3
let count = 0;
const handle = setInterval(() => {
  count += 1;
  console.log('tick', count);
  if (count === 3) clearInterval(handle);
}, Infinity);
