// A promise job of timer A clears timer B due at the same instant; the drain between timers means B never runs.
// @times: A=20 microtask=20 other=20
setTimeout(() => {
  console.log('A');
  Promise.resolve().then(() => {
    console.log('microtask clears B');
    clearTimeout(b);
  });
}, 20);
const b = setTimeout(() => console.log('B (never)'), 20);
setTimeout(() => console.log('other list at the same time'), 20);
