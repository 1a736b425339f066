// Promise.resolve(p) returns p itself; new Promise(r => r(p)) adopts p through a thenable job (3 turns).
// @times: *=0
const p = Promise.resolve('inner');
console.log('identity', Promise.resolve(p) === p, new Promise((r) => r(p)) === p);
const turns = ['turn 1', 'turn 2', 'turn 3', 'turn 4'];
turns.reduce((chain, name) => chain.then(() => console.log(name)), Promise.resolve());
new Promise((resolve) => resolve(p)).then((v) => console.log('new Promise resolved with', v));
Promise.resolve(p).then((v) => console.log('Promise.resolve resolved with', v));
