// sampleTask should take `seconds` seconds before it returns its status.
async function sampleTask(seconds) {
  console.log(`Task takes ${seconds} seconds to complete`);
  // TODO: wait `seconds` seconds without blocking the event loop.
  return 'task has been completed';
}

async function main() {
  console.log('Creation of tasks started');
  const task = sampleTask(3);
  const status = await task;
  console.log(`Task status: ${status}`);
}

main();
