// An async function runs synchronously until its first await; awaiting the returned promise
// suspends main until the timer fires three virtual seconds later.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function sampleTask(seconds) {
  console.log(`Task takes ${seconds} seconds to complete`);
  await sleep(seconds * 1000);
  return 'task has been completed';
}

async function main() {
  console.log('Creation of tasks started');
  const task = sampleTask(3);
  const status = await task;
  console.log(`Task status: ${status}`);
}

main();
