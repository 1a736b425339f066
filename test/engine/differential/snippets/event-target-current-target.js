// During dispatch Node 24 clears currentTarget (eventPhase 0) after the first listener.
// @times: *=0
const et = new EventTarget();
const show = (n) => (e) =>
  console.log(n, e.eventPhase, e.currentTarget === et, e.target === et, e.composedPath().length);
et.addEventListener('x', show('a'));
et.addEventListener('x', show('b'));
et.addEventListener('x', show('c'));
const ev = new Event('x');
et.dispatchEvent(ev);
console.log('after', ev.eventPhase, ev.currentTarget, ev.target === et);
