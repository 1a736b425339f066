// console.table of a Map (iteration index, Key, Values) and of a Set (iteration index, Values).
// @times: *=0
console.table(
  new Map([
    ['k', { v: 1 }],
    [{ id: 2 }, [1, 2, 3, 4]],
  ]),
);
console.table(new Set(['a', { deep: { er: { est: 1 } }, x: 1, y: 2 }]));
console.table(new Map(), ['ignored']);
