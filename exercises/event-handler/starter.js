// Port of the asyncio tutorial's event handler: loop.call_soon(handler) becomes setImmediate(handler).
function eventHandler() {
  console.log('Calling event handler');
}

function stopLoop() {
  console.log('Loop is being stopped');
  // TODO: the loop is closed once it has stopped, on a later turn of the loop.
}

console.log('Loop is being started');
// TODO: schedule eventHandler twice, then stopLoop, on the event loop.
