// Python's inspect.iscoroutinefunction / iscoroutine, for JavaScript. Do not call the functions you inspect.

function isCoroutineFunction(value) {
  return false; // TODO
}

function isCoroutine(value) {
  return false; // TODO
}

function isAwaitable(value) {
  return false; // TODO
}

module.exports = { isCoroutineFunction, isCoroutine, isAwaitable };
