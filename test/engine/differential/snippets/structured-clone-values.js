// structuredClone copies collections and dates; functions and symbols are named in the DataCloneError.
// @times: *=0
const src = {
  d: new Date(0),
  m: new Map([[1, { a: [1] }]]),
  s: new Set([1]),
  r: /x/g,
  n: null,
  u: undefined,
  big: 1n,
};
const c = structuredClone(src);
console.log(c, c.m !== src.m);
try {
  structuredClone({ f() {} });
} catch (e) {
  console.log(e.name, e.message);
}
try {
  structuredClone(Symbol('s'));
} catch (e) {
  console.log(e.name, e.message);
}
