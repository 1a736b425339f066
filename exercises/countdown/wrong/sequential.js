// @fails: interleaving, timing
// @message: expected `Gemini: T-minus 5` as line 2, got `Apollo: T-minus 2`
// Awaits the first countdown before starting the second.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function countdown(name, from) {
  for (let n = from; n > 0; n--) {
    console.log(`${name}: T-minus ${n}`);
    await sleep(1000);
  }
  console.log(`${name}: Liftoff!`);
}

async function main() {
  await countdown('Apollo', 3);
  await countdown('Gemini', 5);
  console.log('All countdowns finished');
}

main();
