// A chain of timeouts each scheduling the next: the delays add up.
// @times: step=10,30,60
function step(index, delays) {
  if (index === delays.length) return;
  setTimeout(() => {
    console.log('step', index);
    step(index + 1, delays);
  }, delays[index]);
}
step(0, [10, 20, 30]);
