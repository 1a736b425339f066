// Runs the workers one after another: 52 seconds. Make them share the queue concurrently.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function task(name, workQueue) {
  // TODO: print `Task ${name} has nothing to do` if the queue is empty when the worker starts.
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
  // TODO: start the three workers together and wait for all of them.
  await task('Async1', workQueue);
  await task('Async2', workQueue);
  await task('Async3', workQueue);
}

async function main() {
  await drain([2, 5, 10, 15, 20]);
  await drain([1]);
}

main();
