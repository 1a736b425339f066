// Python's inspect.iscoroutinefunction / iscoroutine, for JavaScript.

/** True for functions declared `async` (declarations, expressions, arrows, methods); they always return a promise. */
function isCoroutineFunction(value) {
  return typeof value === 'function' && Object.prototype.toString.call(value) === '[object AsyncFunction]';
}

/** True for native promises, which is what calling an async function gives you. */
function isCoroutine(value) {
  return value instanceof Promise;
}

/** True for anything `await` treats as a promise: an object or function with a callable `then`. */
function isAwaitable(value) {
  const objectLike = (typeof value === 'object' && value !== null) || typeof value === 'function';
  return objectLike && typeof value.then === 'function';
}

module.exports = { isCoroutineFunction, isCoroutine, isAwaitable };
