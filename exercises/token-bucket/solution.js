// A token bucket: up to `capacity` tokens, one more every `refillMs`. A request spends a token, or waits
// for the next one. Tokens are computed from the clock when needed, so no interval runs in the background.
class TokenBucket {
  constructor(capacity, refillMs) {
    this.capacity = capacity;
    this.refillMs = refillMs;
    this.tokens = capacity;
    this.refilledAt = performance.now();
    this.queue = [];
    this.timer = null;
  }

  take() {
    return new Promise((resolve) => {
      this.queue.push(resolve);
      this.serve();
    });
  }

  refill() {
    const earned = Math.floor((performance.now() - this.refilledAt) / this.refillMs);
    if (earned === 0) return;
    this.tokens = Math.min(this.capacity, this.tokens + earned);
    this.refilledAt =
      this.tokens === this.capacity ? performance.now() : this.refilledAt + earned * this.refillMs;
  }

  serve() {
    this.refill();
    while (this.queue.length > 0 && this.tokens > 0) {
      this.tokens -= 1;
      this.queue.shift()();
    }
    if (this.queue.length > 0 && this.timer === null) {
      const wait = this.refilledAt + this.refillMs - performance.now();
      this.timer = setTimeout(
        () => {
          this.timer = null;
          this.serve();
        },
        Math.max(0, Math.ceil(wait)),
      );
    }
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
