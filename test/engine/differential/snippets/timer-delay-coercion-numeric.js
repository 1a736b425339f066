// Delays coerce with *1 (ToNumber), not parseInt: strings, one-element arrays and valueOf all count.
// (Created in expiry order, so a stall between two calls cannot reorder them.)
// @times: exponent-string=10 array=20 valueOf=30 string=40
setTimeout(() => console.log('exponent-string'), '1e1');
setTimeout(() => console.log('array'), [20]);
setTimeout(() => console.log('valueOf'), { valueOf: () => 30 });
setTimeout(() => console.log('string'), '40');
