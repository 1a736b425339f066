// @fails: ticks
// @message: at 250 ms
// Starts with a tick at 0 ms instead of waiting one interval first.
function every(ms, times, onTick) {
  return new Promise((resolve) => {
    let count = 0;
    const tick = () => {
      count += 1;
      onTick(count);
      if (count === times) resolve(count);
      else setTimeout(tick, ms);
    };
    tick();
  });
}

async function main() {
  const ticks = await every(250, 4, (n) => console.log(`tick ${n}`));
  console.log(`stopped after ${ticks} ticks`);
}

main();
