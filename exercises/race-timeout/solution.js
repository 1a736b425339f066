// Race the work against a timer that rejects, and clear the timer whichever wins:
// a forgotten timer keeps the program alive, and fires long after anyone cares.
function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main() {
  console.log(await withTimeout(services.api('quick'), 500));
  try {
    await withTimeout(services.api('stuck'), 300);
  } catch (error) {
    console.log(error.message);
  }
  console.log('done');
}

main();

module.exports = { withTimeout };
