// util.inspect style for nested objects and arrays, depth limit included.
// @times: *=0
console.log({ a: 1, b: 'two', c: [1, 2, 3], d: { e: { f: { g: 'deep' } } } });
console.log([1, 'a', [2, [3, [4, [5]]]], { x: undefined, y: null }]);
console.log({ 'key with space': 1, valid_id: 2, 3: 'numeric', 'dash-key': 4 });
console.log([[]], [{}], {}, []);
console.log(["it's", 'say "hi"', `back\`tick`, 'new\nline', 'tab\t']);
console.log([undefined, , null, ,]);
