// setImmediate is Node's call_soon: the handler runs on the loop, after the main script has finished.
// The loop "stops" when nothing is left to run, so the stop and close messages must come from callbacks
// scheduled behind the handlers, not from the end of the script.
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
setImmediate(stopLoop);
