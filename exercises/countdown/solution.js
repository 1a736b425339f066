// Two countdowns started together share the loop: each await hands control back,
// so their lines interleave one second at a time.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function countdown(name, from) {
  for (let n = from; n > 0; n--) {
    console.log(`${name}: T-minus ${n}`);
    await sleep(1000);
  }
  console.log(`${name}: Liftoff!`);
}

async function main() {
  await Promise.all([countdown('Apollo', 3), countdown('Gemini', 5)]);
  console.log('All countdowns finished');
}

main();
