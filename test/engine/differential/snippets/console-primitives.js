// console.log of primitives and their spacing.
// @times: *=0
console.log(1, -0, 0, 1.5, 1n, -1n, NaN, Infinity, -Infinity);
console.log('string', true, false, null, undefined);
console.log(Symbol('sym'), Symbol(), Symbol.iterator);
console.log('');
console.log();
console.log(' leading and trailing ');
