// Combinators of already-resolved inputs take 2 turns; Promise.all([]) takes 1.
// @times: *=0
const turns = ['turn 1', 'turn 2', 'turn 3'];
turns.reduce((chain, name) => chain.then(() => console.log(name)), Promise.resolve());
const done = [Promise.resolve(1), 2];
Promise.all(done).then((v) => console.log('all', v));
Promise.allSettled(done).then((v) => console.log('allSettled', v.length));
Promise.any(done).then((v) => console.log('any', v));
Promise.race(done).then((v) => console.log('race', v));
Promise.all([]).then((v) => console.log('all of nothing', v));
