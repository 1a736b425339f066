// @fails: heartbeat
// @message: expected `heartbeat`
// Yields with await between chunks: promise jobs run before the loop moves on, so timers still starve.
const CHUNKS = 28;

const heartbeat = setInterval(() => console.log('heartbeat'), 100);

async function crunch() {
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    blockFor(20);
    await Promise.resolve();
  }
  console.log('work done');
  clearInterval(heartbeat);
}

crunch();
