// Node 24 reads only { capture } in removeEventListener: a boolean true removes the non-capture entry.
// @times: *=0
const et = new EventTarget();
function f() {
  console.log('f');
}
et.addEventListener('x', f, true);
et.removeEventListener('x', f, true);
et.dispatchEvent(new Event('x'));
console.log('--');
et.removeEventListener('x', f, { capture: true });
et.dispatchEvent(new Event('x'));
console.log('end');
