// The order real Node 24 prints, by microtask turns (each turn is one pass over the queue):
//   turn 1: C (an async function's own return value), D (a resolved promise's then), G (await null);
//   turn 2: B (awaiting a thenable costs one extra job to call its then), E, H (Promise.all of resolved values);
//   turn 3: A (returning a promise from an async function costs two extra jobs), F.
exports.predictOrder = () => ['C', 'D', 'G', 'B', 'E', 'H', 'A', 'F'];
