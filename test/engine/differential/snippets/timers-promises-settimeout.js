// timers/promises setTimeout resolves with its value; setImmediate too.
// @times: immediate=0 timeout=20
const { setTimeout: sleep, setImmediate: nextTurn } = require('node:timers/promises');
(async () => {
  console.log('immediate', await nextTurn('now'));
  console.log('timeout', await sleep(20, 'later'));
})();
