// @fails: clean-exit
// @message: pending
// Counts down with setInterval but never clears it: the program never ends.
function countdown(name, from) {
  return new Promise((resolve) => {
    let n = from;
    console.log(`${name}: T-minus ${n}`);
    setInterval(() => {
      n -= 1;
      if (n > 0) console.log(`${name}: T-minus ${n}`);
      if (n === 0) {
        console.log(`${name}: Liftoff!`);
        resolve();
      }
    }, 1000);
  });
}

async function main() {
  await Promise.all([countdown('Apollo', 3), countdown('Gemini', 5)]);
  console.log('All countdowns finished');
}

main();
