// An aborted timers/promises sleep rejects with an AbortError.
// @times: caught=20
const { setTimeout: sleep } = require('node:timers/promises');
const controller = new AbortController();
setTimeout(() => controller.abort(), 20);
sleep(60, 'value', { signal: controller.signal }).catch((error) => {
  console.log('caught', error.name, error.code, error.message);
});
