// @fails: coroutine
// @message: a thenable is awaitable but it is not a promise
// Treats anything with a then method as a promise.
function isCoroutineFunction(value) {
  return typeof value === 'function' && Object.prototype.toString.call(value) === '[object AsyncFunction]';
}

function isCoroutine(value) {
  return value !== null && typeof value === 'object' && typeof value.then === 'function';
}

function isAwaitable(value) {
  const objectLike = (typeof value === 'object' && value !== null) || typeof value === 'function';
  return objectLike && typeof value.then === 'function';
}

module.exports = { isCoroutineFunction, isCoroutine, isAwaitable };
