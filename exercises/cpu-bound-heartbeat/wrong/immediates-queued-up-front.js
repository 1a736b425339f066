// @fails: heartbeat
// @message: expected `heartbeat`
// Queues all the chunks with setImmediate at once: they all run in the same check phase, back to back.
const CHUNKS = 28;

const heartbeat = setInterval(() => console.log('heartbeat'), 100);

for (let chunk = 0; chunk < CHUNKS; chunk++) {
  setImmediate(() => {
    blockFor(20);
    if (chunk === CHUNKS - 1) {
      console.log('work done');
      clearInterval(heartbeat);
    }
  });
}
