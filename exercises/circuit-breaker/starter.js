// CircuitBreaker(call, { threshold, cooldownMs }): stop calling a failing service for a while.
class CircuitBreaker {
  constructor(call, { threshold = 3, cooldownMs = 800 } = {}) {
    this.call = call;
    this.threshold = threshold;
    this.cooldownMs = cooldownMs;
  }

  // TODO: fail fast with Error('circuit open') for cooldownMs after `threshold` consecutive failures.
  async fire(...args) {
    return this.call(...args);
  }
}

// The demo: a price service that fails three times, then recovers; one request every 250 ms.
const breaker = new CircuitBreaker(() => services.prices('quote'));

for (let n = 0; n < 9; n++) {
  setTimeout(async () => {
    try {
      console.log(`request ${n + 1}: ${await breaker.fire()}`);
    } catch (error) {
      console.log(`request ${n + 1}: ${error.message}`);
    }
  }, n * 250);
}

module.exports = { CircuitBreaker };
