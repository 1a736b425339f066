// @fails: clean-exit
// @message: pending
// Chunks the work correctly but never stops the heartbeat.
const CHUNKS = 28;

setInterval(() => console.log('heartbeat'), 100);

function crunch(done) {
  blockFor(20);
  if (done + 1 < CHUNKS) {
    setImmediate(crunch, done + 1);
    return;
  }
  console.log('work done');
}

setImmediate(crunch, 0);
