// Clearing a timer of the running batch takes effect at once: B (same 10 ms list) never runs.
// @times: A=10 C=10
const a = setTimeout(() => {
  console.log('A clears B');
  clearTimeout(b);
}, 10);
const b = setTimeout(() => console.log('B (never)'), 10);
const c = setTimeout(() => console.log('C still runs'), 10);
