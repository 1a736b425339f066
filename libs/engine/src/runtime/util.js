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

function createUtil() {
  const util = {
    promisify,
    inspect: inspector.inspect,
    format: inspector.format,
    formatWithOptions: inspector.formatWithOptions,
    isDeepStrictEqual: (a, b) => deepEqual(a, b, true),
    types: {
      isPromise: (value) => value instanceof PromiseCtor,
      isDate: (value) => value instanceof DateCtor,
      isRegExp: (value) => value instanceof RegExpCtor,
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
