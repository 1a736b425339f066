// @fails: interleaving, duration
// @message: expected `Task A: factorial(2) = 2` as line 4
// Starts the three factorials but prints the array of promises instead of awaiting them.
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

function main() {
  const results = [factorial('A', 2), factorial('B', 3), factorial('C', 4)];
  console.log(results);
}

main();
