// close() clears and returns the handle; Symbol.dispose clears too; the handle is a Timeout.
// @times: *=0 kept=30
const closed = setTimeout(() => console.log('closed (never)'), 10);
const disposed = setTimeout(() => console.log('disposed (never)'), 20);
console.log('close returns this', closed.close() === closed);
disposed[Symbol.dispose]();
console.log('class', closed.constructor.name, typeof closed[Symbol.toPrimitive]());
setTimeout(() => console.log('kept'), 30);
