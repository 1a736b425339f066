// @fails: awaitable
// @message: accepts a function with a then method
// Accepts any object with a then property, callable or not, and forgets functions with a then method.
function isCoroutineFunction(value) {
  return typeof value === 'function' && Object.prototype.toString.call(value) === '[object AsyncFunction]';
}

function isCoroutine(value) {
  return value instanceof Promise;
}

function isAwaitable(value) {
  return typeof value === 'object' && value !== null && 'then' in value;
}

module.exports = { isCoroutineFunction, isCoroutine, isAwaitable };
