// @fails: order, timing
// @message: got `Task status: [object Promise]`
// Forgets to await the task, so it prints the promise instead of its result.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function sampleTask(seconds) {
  console.log(`Task takes ${seconds} seconds to complete`);
  await sleep(seconds * 1000);
  return 'task has been completed';
}

function main() {
  console.log('Creation of tasks started');
  const task = sampleTask(3);
  console.log(`Task status: ${task}`);
}

main();
