// An async task sleeps, returns a value, and the caller awaits it (asyncio's "sleep then return").
// @times: started=0 result=30
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function compute() {
  await sleep(30);
  return 42;
}
(async () => {
  console.log('started');
  console.log('result', await compute());
})();
