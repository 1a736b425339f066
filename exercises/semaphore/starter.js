// Semaphore(permits): at most `permits` holders at once; acquire() waits for a free permit.
class Semaphore {
  constructor(permits) {
    this.permits = permits;
  }

  // TODO: resolve at once while permits are left, otherwise when a permit is released (first come, first served).
  acquire() {
    return Promise.resolve();
  }

  release() {}
}

// The demo: six reports share a database that accepts two queries at a time.
const db = new Semaphore(2);

async function report(n) {
  await db.acquire();
  try {
    await services.db('query', n);
    console.log(`report ${n} done`);
  } finally {
    db.release();
  }
}

Promise.all([1, 2, 3, 4, 5, 6].map(report)).then(() => console.log('all reports done'));

module.exports = { Semaphore };
