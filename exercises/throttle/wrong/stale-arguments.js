// @fails: renders, throttle-tests
// @message: render at y=700
// Keeps the first call of each window instead of the latest one: renders stale positions.
function throttle(fn, ms) {
  let timer = null;
  let pending = null;
  const run = (args) => {
    fn(...args);
    timer = setTimeout(() => {
      timer = null;
      if (pending !== null) {
        const latest = pending;
        pending = null;
        run(latest);
      }
    }, ms);
  };
  return (...args) => {
    if (timer === null) run(args);
    else if (pending === null) pending = args;
  };
}

// The demo: 20 scroll events, one every 40 ms; rendering is throttled to once per 250 ms.
const render = throttle((y) => console.log(`render at y=${y}`), 250);
let events = 0;
const scrolling = setInterval(() => {
  events += 1;
  render(events * 100);
  if (events === 20) clearInterval(scrolling);
}, 40);

module.exports = { throttle };
