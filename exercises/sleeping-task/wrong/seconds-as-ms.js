// @fails: timing
// @message: at 3000 ms
// Passes seconds where setTimeout expects milliseconds: the task takes 3 ms.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function sampleTask(seconds) {
  console.log(`Task takes ${seconds} seconds to complete`);
  await sleep(seconds);
  return 'task has been completed';
}

async function main() {
  console.log('Creation of tasks started');
  const task = sampleTask(3);
  const status = await task;
  console.log(`Task status: ${status}`);
}

main();
