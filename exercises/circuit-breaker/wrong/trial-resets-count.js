// @fails: breaker-tests
// @message: a failed trial call after the cooldown re-opens the circuit at once` failed
// Closes the circuit completely after the cooldown: a failed trial call does not re-open it.
class CircuitBreaker {
  constructor(call, { threshold = 3, cooldownMs = 800 } = {}) {
    this.call = call;
    this.threshold = threshold;
    this.cooldownMs = cooldownMs;
    this.failures = 0;
    this.openedAt = null;
  }

  async fire(...args) {
    if (this.openedAt !== null) {
      if (performance.now() - this.openedAt < this.cooldownMs) throw new Error('circuit open');
      this.openedAt = null;
      this.failures = 0;
    }
    try {
      const result = await this.call(...args);
      this.failures = 0;
      return result;
    } catch (error) {
      this.failures += 1;
      if (this.failures >= this.threshold) this.openedAt = performance.now();
      throw error;
    }
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
