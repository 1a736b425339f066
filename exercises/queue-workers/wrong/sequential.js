// @fails: interleaving, totals, finish-time
// @message: the jobs ran one after another
// Awaits each worker before starting the next: Async1 does every job alone.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function task(name, workQueue) {
  if (workQueue.length === 0) {
    console.log(`Task ${name} has nothing to do`);
    return;
  }
  while (workQueue.length > 0) {
    const count = workQueue.shift();
    let total = 0;
    for (let unit = 0; unit < count; unit++) {
      console.log(`Task ${name} is running now`);
      await sleep(1000);
      total += 1;
    }
    console.log(`Task ${name} is running with a total of: ${total}`);
  }
}

async function drain(jobs) {
  const workQueue = [...jobs];
  await task('Async1', workQueue);
  await task('Async2', workQueue);
  await task('Async3', workQueue);
}

async function main() {
  await drain([2, 5, 10, 15, 20]);
  await drain([1]);
}

main();
