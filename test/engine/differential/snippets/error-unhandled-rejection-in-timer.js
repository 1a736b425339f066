// A rejection left unhandled by a timer callback is fatal before the next timer of the same list.
// @times: first=20
setTimeout(() => {
  console.log('first');
  Promise.reject(new Error('from timer'));
}, 20);
setTimeout(() => console.log('second (never)'), 20);
