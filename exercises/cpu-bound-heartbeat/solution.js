// The work is split into 28 chunks of 20 ms. Each chunk is scheduled with setImmediate, so between two
// chunks the loop goes round once and runs any timer that became due: the heartbeat keeps its rhythm.
const CHUNKS = 28;

const heartbeat = setInterval(() => console.log('heartbeat'), 100);

function crunch(done) {
  blockFor(20); // one chunk of CPU-bound work
  if (done + 1 < CHUNKS) {
    setImmediate(crunch, done + 1);
    return;
  }
  console.log('work done');
  clearInterval(heartbeat);
}

setImmediate(crunch, 0);
