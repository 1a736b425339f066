// A pool of three workers: each takes the next job as soon as its previous one is done,
// so never more than three jobs run at once and no worker idles while jobs are waiting.
const LIMIT = 3;

async function runInPool(jobs, limit, run) {
  const results = new Array(jobs.length);
  let next = 0;
  async function worker() {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await run(jobs[index]);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
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
