// A throwing interval callback is an uncaught exception: the program dies with exit code 1.
// @times: tick=10,20
let count = 0;
setInterval(() => {
  count += 1;
  console.log('tick', count);
  if (count === 2) throw new Error('interval failed');
}, 10);
setTimeout(() => console.log('later (never)'), 100);
