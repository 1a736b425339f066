// clearTimeout and clearInterval are interchangeable.
// @times: interval=40,80 timeout=60
let count = 0;
const interval = setInterval(() => {
  count += 1;
  console.log('interval', count);
  if (count === 2) clearTimeout(interval);
}, 40);
const timeout = setTimeout(() => console.log('timeout (never)'), 150);
setTimeout(() => {
  console.log('timeout clears the 150 ms one');
  clearInterval(timeout);
}, 60);
