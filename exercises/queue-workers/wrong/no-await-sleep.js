// @fails: interleaving, totals, finish-time
// @message: expected `Task Async2 is running now`
// Forgets to await the sleep: each worker runs synchronously and Async1 takes every job at 0 ms.
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
      sleep(1000);
      total += 1;
    }
    console.log(`Task ${name} is running with a total of: ${total}`);
  }
}

async function drain(jobs) {
  const workQueue = [...jobs];
  await Promise.all([task('Async1', workQueue), task('Async2', workQueue), task('Async3', workQueue)]);
}

async function main() {
  await drain([2, 5, 10, 15, 20]);
  await drain([1]);
}

main();
