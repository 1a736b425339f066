// @fails: clean-exit
// @message: pending
// Resolves after the last tick but leaves the interval running: the program never ends by itself.
function every(ms, times, onTick) {
  return new Promise((resolve) => {
    let count = 0;
    setInterval(() => {
      count += 1;
      if (count <= times) onTick(count);
      if (count === times) resolve(count);
    }, ms);
  });
}

async function main() {
  const ticks = await every(250, 4, (n) => console.log(`tick ${n}`));
  console.log(`stopped after ${ticks} ticks`);
}

main();
