// TokenBucket(capacity, refillMs): at most `capacity` requests at once in a burst, then one every `refillMs`.
class TokenBucket {
  constructor(capacity, refillMs) {
    this.capacity = capacity;
    this.refillMs = refillMs;
  }

  // TODO: resolve when the caller may send its request.
  take() {
    return Promise.resolve();
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
