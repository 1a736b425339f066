// @fails: ticks
// @message: got it at 1250 ms
// Checks the count before incrementing it, so it ticks once too often.
function every(ms, times, onTick) {
  return new Promise((resolve) => {
    let count = 0;
    const interval = setInterval(() => {
      if (count === times) {
        clearInterval(interval);
        resolve(count);
        return;
      }
      count += 1;
      onTick(count);
    }, ms);
  });
}

async function main() {
  const ticks = await every(250, 4, (n) => console.log(`tick ${n}`));
  console.log(`stopped after ${ticks} ticks`);
}

main();
