// Promise.all is asyncio.gather: all three factorials start at once, so the program takes
// as long as the longest one (3 s), not the sum of all three (6 s).
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
  const results = await Promise.all([factorial('A', 2), factorial('B', 3), factorial('C', 4)]);
  console.log(results);
}

main();
