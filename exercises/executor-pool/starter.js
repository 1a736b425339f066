// Run the ten jobs with at most LIMIT of them in flight at any moment.
const LIMIT = 3;

async function runInPool(jobs, limit, run) {
  // TODO: never more than `limit` calls of `run` at once; resolve with the results in input order.
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
