// The same three sleeps, concurrently with Promise.all (60 ms) and then sequentially (+120 ms).
// @times: concurrent=60 sequential=180
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
(async () => {
  await Promise.all([sleep(20), sleep(40), sleep(60)]);
  console.log('concurrent done');
  for (const ms of [20, 40, 60]) await sleep(ms);
  console.log('sequential done');
})();
