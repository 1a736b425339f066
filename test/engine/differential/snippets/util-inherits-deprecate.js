// util.inherits and util.deprecate (its warning prints once per code, with the --trace-deprecation hint).
// @times: *=0
const util = require('node:util');
const { EventEmitter } = require('node:events');
function Legacy() {
  EventEmitter.call(this);
}
util.inherits(Legacy, EventEmitter);
const l = new Legacy();
l.on('x', () => console.log('legacy emitter works'));
l.emit('x');
const dep = util.deprecate(() => 'dep ret', 'this is deprecated', 'DEP_X');
console.log(dep(), dep());
