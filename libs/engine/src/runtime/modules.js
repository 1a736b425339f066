// Trusted prelude: module loading. The program is one file; only a few node: builtins can be loaded.
const AVAILABLE_MODULES = 'node:timers, node:timers/promises, node:events and node:util';
const BUILTIN_HOOK = SymbolFor('loopgrade.builtin');
const MAIN_HOOK = SymbolFor('loopgrade.main');

function builtinName(id) {
  const name = StringStartsWith(id, 'node:') ? StringSlice(id, 5) : id;
  return builtins[name] !== undefined ? name : null;
}
function moduleNotFound(id) {
  const error = new ErrorCtor(
    "Cannot find module '" +
      id +
      "': the sandbox runs a single file and only " +
      AVAILABLE_MODULES +
      ' can be loaded',
  );
  ObjectDefineProperty(error, 'code', {
    value: 'MODULE_NOT_FOUND',
    writable: true,
    enumerable: true,
    configurable: true,
  });
  return error;
}
function createRequire() {
  function require(id) {
    if (typeof id !== 'string') throw invalidArgType('id', 'of type string', id);
    const name = builtinName(id);
    if (name === null) throw moduleNotFound(id);
    return builtins[name];
  }
  require.cache = ObjectCreate(null);
  return require;
}
function isIdentifier(name) {
  if (name.length === 0 || name === 'default') return false;
  for (let i = 0; i < name.length; i++) {
    const c = StringCharCodeAt(name, i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36 || c === 95;
    if (!letter && !(i > 0 && c >= 48 && c <= 57)) return false;
  }
  return true;
}
/** Source of a synthetic ES module re-exporting a builtin; '' if the specifier is not available. */
function builtinModuleSource(id) {
  const name = builtinName(id);
  if (name === null) return '';
  const exported = builtins[name];
  const keys = ObjectKeys(exported);
  let source =
    'const m = globalThis[Symbol.for("loopgrade.builtin")](' + quote(name) + ');\nexport default m;\n';
  for (let i = 0; i < keys.length; i++) {
    if (isIdentifier(keys[i])) source += 'export const ' + keys[i] + ' = m.' + keys[i] + ';\n';
  }
  return source;
}
function moduleNotFoundMessage(id) {
  return readString(moduleNotFound(id), 'message');
}

const entry = record();
entry.loaded = false;
entry.exports = undefined;
entry.token = '';
function onEntryLoaded(exportsObject) {
  if (entry.loaded) return;
  entry.loaded = true;
  entry.exports = exportsObject;
  if (cfg.entry !== 'module') return;
  if (cfg.invoke !== null) listPush(loop.internalJobs, () => runInvocation(exportsObject));
  if (testsState.define !== null) listPush(loop.internalJobs, () => runTests(exportsObject));
}
/** CommonJS main script: one macrotask; its nextTicks run before its promise jobs. */
function runCommonJsMain(mainFunction) {
  const module = {
    id: '.',
    path: '/',
    exports: {},
    filename: '/' + cfg.filename,
    loaded: false,
    children: [],
    paths: [],
  };
  const require = createRequire();
  require.main = module;
  try {
    ReflectApply(mainFunction, module.exports, [module.exports, require, module, '/' + cfg.filename, '/']);
    module.loaded = true;
    onEntryLoaded(readProperty(module, 'exports'));
  } catch (error) {
    reportUncaught(error);
  }
  if (!loop.fatal) drainTicks();
  startLoop();
}
/**
 * ES-module entry: the host evaluates a wrapper module that imports the student module, then calls this
 * hook. The hook is a global, so the call carries a token only the wrapper's source holds: a student call
 * (say, before a top-level await that never settles, to dodge exit code 13) is ignored.
 */
function installModuleHooks() {
  entry.token = NumberToFixed(MathRandom() * 1e15, 0) + '.' + NumberToFixed(MathRandom() * 1e15, 0);
  defineHidden(globalThis, BUILTIN_HOOK, (name) => builtins[name]);
  defineHidden(globalThis, MAIN_HOOK, (namespace, token) => {
    if (token !== entry.token) return;
    try {
      delete globalThis[MAIN_HOOK];
    } catch {
      // a frozen global keeps the hook; entry.loaded still makes it one-shot
    }
    onEntryLoaded(namespace);
  });
}
function wrapperModuleSource(specifier) {
  return (
    'import * as ns from ' +
    quote(specifier) +
    ';\nglobalThis[Symbol.for("loopgrade.main")](ns, ' +
    quote(entry.token) +
    ');\n'
  );
}
