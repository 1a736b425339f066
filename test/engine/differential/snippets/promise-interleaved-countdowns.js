// Two countdowns interleaved on the loop, 50 ms and 80 ms per step.
// @times: A=0,50,100 B=0,80,160
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function countdown(name, from, stepMs) {
  for (let n = from; n > 0; n--) {
    console.log(name, n);
    await sleep(stepMs);
  }
}
countdown('A', 3, 50);
countdown('B', 3, 80);
