// An interval fires at creation + k * interval and stops when cleared inside its own callback.
// @times: tick=20,40,60 done=60
let count = 0;
const handle = setInterval(() => {
  count += 1;
  console.log('tick', count);
  if (count === 3) {
    clearInterval(handle);
    console.log('done');
  }
}, 20);
