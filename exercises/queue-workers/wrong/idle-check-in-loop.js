// @fails: interleaving
// @message: Task Async3 has nothing to do
// Checks for an empty queue inside the loop, so busy workers also claim to have nothing to do when they stop.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function task(name, workQueue) {
  for (;;) {
    if (workQueue.length === 0) {
      console.log(`Task ${name} has nothing to do`);
      return;
    }
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
  await Promise.all([task('Async1', workQueue), task('Async2', workQueue), task('Async3', workQueue)]);
}

async function main() {
  await drain([2, 5, 10, 15, 20]);
  await drain([1]);
}

main();
