// `every` resolves after the last tick and clears its interval, so nothing keeps the loop alive.
function every(ms, times, onTick) {
  return new Promise((resolve) => {
    let count = 0;
    const interval = setInterval(() => {
      count += 1;
      onTick(count);
      if (count === times) {
        clearInterval(interval);
        resolve(count);
      }
    }, ms);
  });
}

async function main() {
  const ticks = await every(250, 4, (n) => console.log(`tick ${n}`));
  console.log(`stopped after ${ticks} ticks`);
}

main();
