// Since Node 11 the microtask layer drains between timer callbacks of the same instant.
// @times: t1=10 p1=10 tick1=10 t2=10 p2=10 tick2=10
setTimeout(() => {
  console.log('t1');
  Promise.resolve().then(() => console.log('p1'));
  process.nextTick(() => console.log('tick1'));
}, 10);
setTimeout(() => {
  console.log('t2');
  Promise.resolve().then(() => console.log('p2'));
  process.nextTick(() => console.log('tick2'));
}, 10);
