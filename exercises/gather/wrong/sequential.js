// @fails: interleaving, duration
// @message: the factorials ran one after another
// Awaits each factorial before starting the next.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function factorial(name, number) {
  let f = 1;
  for (let i = 2; i <= number; i++) {
    console.log(`Task ${name}: Compute factorial(${number}), currently i=${i}...`);
    await sleep(1000);
    f *= i;
  }
  console.log(`Task ${name}: factorial(${number}) = ${f}`);
  return f;
}

async function main() {
  const results = [];
  results.push(await factorial('A', 2));
  results.push(await factorial('B', 3));
  results.push(await factorial('C', 4));
  console.log(results);
}

main();
