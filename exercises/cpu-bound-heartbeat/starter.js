// The heartbeat should print every 100 ms while the work runs, but the work blocks the thread for
// 560 ms in one go: run this and look at the timeline. Then split the work so the loop can breathe.
const CHUNKS = 28;

const heartbeat = setInterval(() => console.log('heartbeat'), 100);

for (let chunk = 0; chunk < CHUNKS; chunk++) {
  blockFor(20); // one chunk of CPU-bound work
}
console.log('work done');
clearInterval(heartbeat);
