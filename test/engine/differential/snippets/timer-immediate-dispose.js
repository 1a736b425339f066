// Immediates support Symbol.dispose and are cleared by it.
// @times: *=0
const immediate = setImmediate(() => console.log('disposed (never)'));
immediate[Symbol.dispose]();
setImmediate(() => console.log('other', immediate.constructor.name));
