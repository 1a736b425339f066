// withRetry(operation): call operation(attempt) until it succeeds, at most 5 attempts, waiting
// 100 * 2^(attempt - 1) ms plus 0-49 ms of random jitter between attempts.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function withRetry(operation, { attempts = 5, baseMs = 100, jitterMs = 50 } = {}) {
  return operation(1); // TODO
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
