// @fails: send-times, finished
// @message: expected call 9 to start at 2800 ms
// Counts requests instead of tokens: the 9th request still waits its turn in line, as if the pause never refilled the bucket.
class TokenBucket {
  constructor(capacity, refillMs) {
    this.capacity = capacity;
    this.refillMs = refillMs;
    this.sent = 0;
  }

  take() {
    const slot = this.sent++;
    const wait = slot < this.capacity ? 0 : (slot - this.capacity + 1) * this.refillMs;
    return wait === 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, wait));
  }
}

// The demo: a burst of 8 requests, then 4 more after a pause, through a bucket of 3 tokens refilled every 250 ms.
const bucket = new TokenBucket(3, 250);
const ping = async (n) => {
  await bucket.take();
  await services.api('ping', n);
};

Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map(ping))
  .then(() => new Promise((resolve) => setTimeout(resolve, 1500)))
  .then(() => Promise.all([9, 10, 11, 12].map(ping)))
  .then(() => console.log('all 12 requests sent'));
