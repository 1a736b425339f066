// throttle(fn, ms): run fn at most once every `ms` milliseconds, never dropping the last call.
function throttle(fn, ms) {
  // TODO: run fn at once, then at most once per `ms`, ending with the latest arguments.
  return (...args) => fn(...args);
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
