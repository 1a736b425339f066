// Map, Set, typed arrays and WeakMap formatting.
// @times: *=0
console.log(
  new Map([
    ['a', 1],
    [{ k: 1 }, [2]],
  ]),
  new Set([1, 'two', [3]]),
);
console.log(new Map(), new Set(), new WeakMap(), new WeakSet());
console.log(new Uint8Array([1, 2, 3]), new Float64Array(2), new ArrayBuffer(4));
console.log([new Map([[1, new Set([2])]])]);
