// Capture and non-capture registrations of one function are two; Node clears currentTarget after the first listener.
// @times: *=0
const et = new EventTarget();
function f(e) {
  console.log('f', e.eventPhase);
}
et.addEventListener('x', f);
et.addEventListener('x', f, true);
et.dispatchEvent(new Event('x'));
et.removeEventListener('x', f);
console.log('--');
et.dispatchEvent(new Event('x'));
