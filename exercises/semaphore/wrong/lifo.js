// @fails: completion-order, semaphore-tests
// @message: report 3 done
// Wakes the most recent waiter instead of the oldest: the first callers starve while newcomers go first.
class Semaphore {
  constructor(permits) {
    this.permits = permits;
    this.waiting = [];
  }

  acquire() {
    if (this.permits > 0) {
      this.permits -= 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release() {
    const next = this.waiting.pop();
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
