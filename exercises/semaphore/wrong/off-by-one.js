// @fails: at-most-two, completion-order, semaphore-tests
// @message: expected at most 2 calls in flight at once
// Off by one: lets a caller in while the permit count is zero, so one more holder than permits.
class Semaphore {
  constructor(permits) {
    this.permits = permits;
    this.waiting = [];
  }

  acquire() {
    if (this.permits >= 0) {
      this.permits -= 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release() {
    const next = this.waiting.shift();
    if (next) next();
    else this.permits += 1;
  }
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
