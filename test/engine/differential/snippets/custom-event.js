// CustomEvent carries a detail (null by default).
// @times: *=0
console.log(typeof CustomEvent);
console.log(new CustomEvent('x', { detail: { n: 1 } }).detail, new CustomEvent('y').detail);
