// Every scheduling API rejects a non-function callback with ERR_INVALID_ARG_TYPE; strings are never evaluated.
// @times: *=0
const attempts = {
  setTimeout: () => setTimeout('console.log("evaluated")', 10),
  setInterval: () => setInterval(42, 10),
  setImmediate: () => setImmediate(null),
  nextTick: () => process.nextTick({}),
  queueMicrotask: () => queueMicrotask(undefined),
};
for (const [name, attempt] of Object.entries(attempts)) {
  try {
    attempt();
    console.log(name, 'accepted');
  } catch (error) {
    console.log(name, error.name, error.code);
    console.log(error.message);
  }
}
