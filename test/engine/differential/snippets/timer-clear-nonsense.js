// Clearing undefined, null, objects, unknown ids or fired handles is a silent no-op.
// @times: first=10 cleared=20 second=30
const first = setTimeout(() => console.log('first'), 10);
setTimeout(() => {
  for (const value of [undefined, null, {}, 'nope', 987654, first]) {
    clearTimeout(value);
    clearInterval(value);
    clearImmediate(value);
  }
  console.log('cleared');
}, 20);
setTimeout(() => console.log('second'), 30);
