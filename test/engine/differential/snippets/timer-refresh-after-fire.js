// refresh() re-arms a timeout that already fired; after clearTimeout it is a no-op.
// @times: fired=10,30 rearm=20 cleared=200
let fired = 0;
const timer = setTimeout(() => {
  fired += 1;
  console.log('fired', fired);
}, 10);
setTimeout(() => {
  console.log('rearm');
  timer.refresh();
}, 20);
setTimeout(() => {
  clearTimeout(timer);
  timer.refresh();
  console.log('cleared');
}, 200);
