// @fails: duration
// @message: the timer of a request that already answered
// Never clears the timer: after a quick answer it still runs, and keeps the program alive until it fires.
function withTimeout(promise, ms) {
  const timeout = new Promise((_resolve, reject) => {
    setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]);
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
