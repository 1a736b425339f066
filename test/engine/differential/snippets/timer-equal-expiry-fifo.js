// Timers with the same duration created in the same macrotask fire in creation order.
// @times: *=20
for (const name of ['first', 'second', 'third', 'fourth']) setTimeout(() => console.log(name), 20);
