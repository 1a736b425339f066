// @fails: at-most-three, uses-the-pool, completion-order, duration
// @message: expected at most 3 calls in flight at once
// Starts every job at once with Promise.all: fast, but ten jobs in flight instead of three.
const LIMIT = 3;

async function runInPool(jobs, limit, run) {
  return Promise.all(jobs.map(run));
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
