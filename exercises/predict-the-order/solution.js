// The order real Node 24 prints, and why:
//   A, L      the main script runs to completion first;
//   I         then the nextTick queue (CommonJS: ticks before promise jobs);
//   G, K, J   then the microtask queue in FIFO order; J was queued by the tick I, after G and K;
//   H         G queued a tick, which runs once the microtask queue is empty;
//   B         the loop starts: timers phase, the 1 ms timer;
//   C, D      after the timer callback: its tick, then its promise job;
//   E         check phase: the immediate scheduled from inside the timer;
//   F         next iteration's timers phase: the timer scheduled from inside the timer.
exports.predictOrder = () => ['A', 'L', 'I', 'G', 'K', 'J', 'H', 'B', 'C', 'D', 'E', 'F'];
