// @fails: renders, throttle-tests
// @message: render at y=700
// Leading edge only: calls inside the window are dropped, so the final scroll position is never rendered.
function throttle(fn, ms) {
  let last = -Infinity;
  return (...args) => {
    const now = performance.now();
    if (now - last >= ms) {
      last = now;
      fn(...args);
    }
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
