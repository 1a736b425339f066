// util.callbackify calls back one tick after the promise settles.
// @times: *=0
const util = require('node:util');
const cb = util.callbackify(async (x) => x * 2);
cb(21, (err, v) => console.log('callbackify', err, v));
