// util.promisify(setTimeout) and util.promisify(setImmediate) use Node's custom promisified versions.
// @times: immediate=0 slept=25
const { promisify } = require('node:util');
const sleep = promisify(setTimeout);
const nextTurn = promisify(setImmediate);
(async () => {
  console.log('immediate', await nextTurn('value'));
  console.log('slept', await sleep(25, 'done'));
})();
