// @fails: completion-order, duration
// @message: at 4900 ms
// Runs the jobs in batches of three: each batch waits for its slowest job while the other workers idle.
const LIMIT = 3;

async function runInPool(jobs, limit, run) {
  const results = [];
  for (let start = 0; start < jobs.length; start += limit) {
    results.push(...(await Promise.all(jobs.slice(start, start + limit).map(run))));
  }
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
