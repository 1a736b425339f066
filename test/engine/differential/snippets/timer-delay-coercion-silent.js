// Delays that coerce to 1 ms without a warning share the 1 ms list and fire in creation order.
// @times: *=1
const delays = [undefined, 0, null, '', [], false, 0.5, 1.9, 1];
delays.forEach((delay, index) =>
  setTimeout(() => console.log(index, JSON.stringify(delay) ?? 'undefined'), delay),
);
setTimeout(() => console.log('no-delay-argument'));
