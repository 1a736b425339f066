// @fails: order
// @message: expected `Calling event handler` as line 2, got `Loop is being stopped`
// Schedules the stop with process.nextTick: ticks run before the loop reaches the check phase.
function eventHandler() {
  console.log('Calling event handler');
}

function stopLoop() {
  console.log('Loop is being stopped');
  setImmediate(() => console.log('Loop is being closed'));
}

console.log('Loop is being started');
setImmediate(eventHandler);
setImmediate(eventHandler);
process.nextTick(stopLoop);
