const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Prints `${name}: T-minus ${n}` once a second from `from` down to 1, then `${name}: Liftoff!`.
async function countdown(name, from) {
  // TODO
}

async function main() {
  // TODO: run both countdowns at the same time.
  await countdown('Apollo', 3);
  await countdown('Gemini', 5);
  console.log('All countdowns finished');
}

main();
