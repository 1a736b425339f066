// 'beforeExit' fires each time the loop drains; a timer its listener schedules keeps the program going.
// @times: main=0 beforeExit=0,10,20 scheduled=10,20 exit=20
let n = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, n);
  if (n++ < 2) setTimeout(() => console.log('scheduled from beforeExit', n), 10);
});
process.on('exit', (c) => console.log('exit', c));
console.log('main');
