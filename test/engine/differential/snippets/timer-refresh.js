// refresh() restarts the countdown from now: a 30 ms timer refreshed at 10 ms fires at 40 ms.
// @times: refresh=10 fired=40
const timer = setTimeout(() => console.log('fired'), 30);
setTimeout(() => {
  console.log('refresh', timer.refresh() === timer);
}, 10);
