// Trusted prelude: node:util (promisify, inspect, format) and the node: builtin table.
const promisifyCustom = SymbolFor('nodejs.util.promisify.custom');
function promisify(original) {
  validateFunction(original, 'original');
  const custom = original[promisifyCustom];
  if (typeof custom === 'function') return custom;
  function promisified(...args) {
    return new PromiseCtor((resolve, reject) => {
      const callArgs = listFrom(args, 0);
      listPush(callArgs, (error, value) => (error ? reject(error) : resolve(value)));
      ReflectApply(original, this, callArgs);
    });
  }
  ObjectSetPrototypeOf(promisified, ObjectGetPrototypeOf(original));
  defineHidden(promisified, promisifyCustom, promisified);
  return promisified;
}
promisify.custom = promisifyCustom;
defineHidden(setTimeout, promisifyCustom, timersPromises.setTimeout);
defineHidden(setImmediate, promisifyCustom, timersPromises.setImmediate);

/** util.inherits: the legacy way to extend a constructor (EventEmitter subclasses in older tutorials). */
function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'of type function', ctor);
  if (superCtor === undefined || superCtor === null)
    throw invalidArgType('superCtor', 'of type function', superCtor);
  if (superCtor.prototype === undefined)
    throw invalidArgType('superCtor.prototype', 'of type object', superCtor.prototype);
  ObjectDefineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  ObjectSetPrototypeOf(ctor.prototype, superCtor.prototype);
}
function falsyRejection(reason) {
  const error = nodeError(ErrorCtor, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
  defineData(error, 'reason', reason);
  return error;
}
/** util.callbackify: the callback runs one tick after the promise settles, as in Node. */
function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const callArgs = listFrom(args, 0);
    const callback = callArgs[callArgs.length - 1];
    validateFunction(callback, 'last argument');
    callArgs.length--;
    ReflectApply(original, this, callArgs).then(
      (value) => queueTick(() => ReflectApply(callback, this, [null, value]), newList()),
      (reason) =>
        queueTick(() => ReflectApply(callback, this, [reason ? reason : falsyRejection(reason)]), newList()),
    );
  }
  const length = readProperty(original, 'length');
  const name = readProperty(original, 'name');
  if (typeof length === 'number') ObjectDefineProperty(callbackified, 'length', { value: length + 1 });
  if (typeof name === 'string')
    ObjectDefineProperty(callbackified, 'name', { value: name + 'Callbackified' });
  return callbackified;
}
const warnedDeprecations = record();
/** util.deprecate: the first call prints a DeprecationWarning (once per code). */
function deprecate(fn, message, code) {
  validateFunction(fn, 'fn');
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code === undefined) emitWarning(message, 'DeprecationWarning');
      else if (warnedDeprecations[code] !== true) {
        warnedDeprecations[code] = true;
        emitWarning(message, 'DeprecationWarning', code);
      }
    }
    if (new.target !== undefined) return ReflectConstruct(fn, listFrom(args, 0), new.target);
    return ReflectApply(fn, this, listFrom(args, 0));
  }
  ObjectSetPrototypeOf(deprecated, fn);
  return deprecated;
}
function createUtil() {
  const util = {
    promisify,
    callbackify,
    deprecate,
    inherits,
    inspect: inspector.inspect,
    format: inspector.format,
    formatWithOptions: inspector.formatWithOptions,
    isDeepStrictEqual: (a, b) => deepEqual(a, b, true),
    types: {
      isPromise: (value) => value instanceof PromiseCtor,
      isDate,
      isRegExp,
    },
  };
  return util;
}
/** The timer functions, as globals and as node:timers exports. */
function timerFunctions() {
  return { setTimeout, setInterval, setImmediate, clearTimeout, clearInterval: clearTimeout, clearImmediate };
}
function createBuiltins() {
  const timers = timerFunctions();
  timers.promises = timersPromises;
  const builtins = record();
  builtins.timers = timers;
  builtins['timers/promises'] = timersPromises;
  builtins.events = EventEmitter;
  builtins.util = createUtil();
  return builtins;
}
