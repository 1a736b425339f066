// async () => v, async () => await p and async () => p settle after 1, 2 and 3 turns.
// @times: *=0
const turns = ['turn 1', 'turn 2', 'turn 3', 'turn 4', 'turn 5'];
turns.reduce((chain, name) => chain.then(() => console.log(name)), Promise.resolve());
const p = Promise.resolve('p');
(async () => 'value')().then(() => console.log('returns value'));
(async () => await p)().then(() => console.log('returns await p'));
(async () => p)().then(() => console.log('returns p'));
