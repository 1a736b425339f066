// every(ms, times, onTick): call onTick(1), onTick(2), ... every `ms` milliseconds, `times` times,
// then stop and resolve with the number of ticks.
function every(ms, times, onTick) {
  return new Promise((resolve) => {
    // TODO
  });
}

async function main() {
  const ticks = await every(250, 4, (n) => console.log(`tick ${n}`));
  console.log(`stopped after ${ticks} ticks`);
}

main();
