// A timer created during the timers phase never runs in that phase, even behind a same-time timer;
// the immediate created next to it runs first. Racy only because B may be created 1 ms after A in real time,
// which splits the 10 ms list; every observed order still runs the immediate before the zero-delay timer.
// @racy
// @times: A=10 B=10 immediate=10 zero-delay=11
setTimeout(() => {
  console.log('A');
  setTimeout(() => console.log('zero-delay from A'), 0);
  setImmediate(() => console.log('immediate from A'));
}, 10);
setTimeout(() => console.log('B'), 10);
