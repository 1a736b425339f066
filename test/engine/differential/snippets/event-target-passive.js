// A passive listener cannot cancel the event.
// @times: *=0
const et = new EventTarget();
et.addEventListener(
  'x',
  (e) => {
    e.preventDefault();
    console.log('in passive', e.defaultPrevented);
  },
  { passive: true },
);
console.log(et.dispatchEvent(new Event('x', { cancelable: true })));
