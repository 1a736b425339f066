// A throw in an executor rejects the promise; a throw after resolve() is swallowed.
// @times: *=0
new Promise(() => {
  throw new Error('executor');
}).catch((e) => console.log('caught', e.message));
new Promise((resolve) => {
  resolve('settled');
  throw new Error('swallowed');
}).then((v) => console.log('value', v));
