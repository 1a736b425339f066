// @fails: uses-the-pool, completion-order, duration
// @message: at 4900 ms
// Awaits every job before starting the next: never more than one in flight.
const LIMIT = 3;

async function runInPool(jobs, limit, run) {
  const results = [];
  for (const job of jobs) results.push(await run(job));
  return results;
}

async function runJob(id) {
  const result = await services.executor('run', id);
  console.log(`Job ${id} ${result}`);
  return id;
}

async function main() {
  const jobs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const finished = await runInPool(jobs, LIMIT, runJob);
  console.log(`All ${finished.length} jobs finished`);
}

main();
