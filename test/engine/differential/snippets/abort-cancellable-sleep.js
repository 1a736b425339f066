// A hand-written cancellable sleep: clearTimeout on abort, rejection with the signal's reason.
// @times: cancelled=30
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
const controller = new AbortController();
setTimeout(() => controller.abort(), 30);
sleep(100, controller.signal).then(
  () => console.log('slept (never)'),
  (reason) => console.log('cancelled', reason.name),
);
