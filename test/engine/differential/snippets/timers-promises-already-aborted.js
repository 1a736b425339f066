// A timers/promises sleep with an already-aborted signal rejects at once, with the signal's reason as cause.
// @times: *=0
const { setTimeout: sleep } = require('node:timers/promises');
sleep(50, null, { signal: AbortSignal.abort('stop') }).catch((error) =>
  console.log('caught', error.name, error.cause),
);
