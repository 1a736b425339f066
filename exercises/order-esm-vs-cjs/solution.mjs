// The order real Node 24 prints for the program when it runs as an ES module (main.mjs):
//   A          the module body runs until its top-level await;
//   C, D       an ES module is evaluated from a promise job, so its promise jobs run before its ticks;
//   E, K       `await null` resumes after C and D, still inside the module's evaluation;
//   G          G was queued during that evaluation too;
//   B, F       only now, with the microtask queue empty, does Node run the nextTick queue;
//   H, J, I    the timer: inside a callback the usual rule holds again, ticks before promise jobs.
export function predictOrder() {
  return ['A', 'C', 'D', 'E', 'K', 'G', 'B', 'F', 'H', 'J', 'I'];
}
