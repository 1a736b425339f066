// withTimeout(promise, ms): settle like `promise`, or reject with Error(`timed out after ${ms} ms`)
// if it has not settled within `ms` milliseconds.
function withTimeout(promise, ms) {
  return promise; // TODO
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
