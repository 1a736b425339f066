// console.dirxml prints like console.log.
// @times: *=0
console.dirxml({ a: 1 }, [2]);
console.log('done');
