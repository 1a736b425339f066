// @fails: order
// @message: expected `Calling event handler` as line 2, got `Loop is being stopped`
// Prints the stop and close messages at the end of the script: they run before any scheduled callback.
function eventHandler() {
  console.log('Calling event handler');
}

console.log('Loop is being started');
setImmediate(eventHandler);
setImmediate(eventHandler);
console.log('Loop is being stopped');
console.log('Loop is being closed');
