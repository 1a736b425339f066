// A thrown plain object is printed with inspect, without the --trace-uncaught hint Node gives primitives.
// @times: before=10
setTimeout(() => {
  console.log('before');
  throw { custom: true, nested: { n: 1 } };
}, 10);
