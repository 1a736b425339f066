// @fails: backoff, gives-up
// @message: it started after 100 ms
// Waits a constant 100 ms between attempts: no backoff, no jitter.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function withRetry(operation, { attempts = 5, baseMs = 100, jitterMs = 50 } = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (attempt === attempts) throw error;
      await sleep(baseMs);
    }
  }
}

async function request(method, url) {
  const response = await fetch(url, { method });
  if (!response.ok) throw new Error(`${method} ${url} failed with ${response.status}`);
  return response.json();
}

async function main() {
  let tries = 0;
  const order = await withRetry((attempt) => {
    tries = attempt;
    return request('POST', 'https://api.test/orders');
  });
  console.log(`order ${order.id} placed after ${tries} attempts`);
  try {
    await withRetry(() => request('GET', 'https://api.test/down'));
  } catch (error) {
    console.log(`giving up: ${error.message}`);
  }
}

main();
