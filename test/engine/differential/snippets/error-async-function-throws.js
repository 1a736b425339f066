// An async function that throws without a catch is an unhandled rejection.
// @times: start=0 after=20
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function task() {
  console.log('start');
  await sleep(20);
  console.log('after sleep');
  throw new Error('async failure');
}
task();
