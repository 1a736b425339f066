// @fails: coroutine-function
// @message: a plain function that returns a promise is not an async function
// Calls the function to see whether it returns a promise: wrong for plain functions returning promises,
// and it runs the function's side effects.
function isCoroutineFunction(value) {
  if (typeof value !== 'function') return false;
  try {
    return value() instanceof Promise;
  } catch {
    return false;
  }
}

function isCoroutine(value) {
  return value instanceof Promise;
}

function isAwaitable(value) {
  const objectLike = (typeof value === 'object' && value !== null) || typeof value === 'function';
  return objectLike && typeof value.then === 'function';
}

module.exports = { isCoroutineFunction, isCoroutine, isAwaitable };
