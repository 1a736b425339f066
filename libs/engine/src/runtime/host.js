// Trusted prelude, last part: configuration, the global scope students see, and the host entry point.
// The host talks to the isolate only through `hostCall(op, arg)`, which always returns one primitive string.
let cfg = null;
let builtins = null;
let performanceObject = null;
const RUNTIME_FILENAME = 'node:internal/loopgrade';

/** JSON from the host, with every object's prototype removed so student prototype edits never leak in. */
function withoutPrototypes(value) {
  if (!isObjectLike(value)) return value;
  ObjectSetPrototypeOf(value, null);
  const keys = ObjectKeys(value);
  for (let i = 0; i < keys.length; i++) withoutPrototypes(value[keys[i]]);
  return value;
}
/**
 * The global scope students see, minus what depends on the run's options. It is built when the context is
 * prepared, while the sandbox waits for work, so a run pays only for `applyOptions`.
 */
function installGlobals() {
  const global = globalThis;
  // Resizable buffers commit memory outside the isolate's limit: refuse them and remove resize().
  delete ArrayBufferCtor.prototype.resize;
  function ArrayBuffer(length, options) {
    if (new.target === undefined) throw new TypeErrorCtor("Constructor ArrayBuffer requires 'new'");
    if (isObjectLike(options) && options.maxByteLength !== undefined) {
      throw new RangeErrorCtor('loopgrade: resizable ArrayBuffers are not supported in the sandbox');
    }
    return ReflectConstruct(ArrayBufferCtor, [length], new.target);
  }
  ObjectDefineProperty(ArrayBuffer, 'prototype', { value: ArrayBufferCtor.prototype, writable: false });
  defineValues(ArrayBuffer, { isView: ArrayBufferIsView });
  defineHidden(ArrayBufferCtor.prototype, 'constructor', ArrayBuffer);

  builtins = createBuiltins();
  defineValues(global, timerFunctions());
  defineValues(global, {
    global,
    console: createConsole(),
    process: createProcess(),
    queueMicrotask,
    structuredClone,
    ArrayBuffer,
    Date: createDate(),
    performance: createPerformance(),
    DOMException,
    Event,
    CustomEvent,
    crypto: ReflectConstruct(Crypto, newList(), Crypto),
    Crypto,
    EventTarget,
    AbortController,
    AbortSignal,
    TextEncoder,
    TextDecoder,
    URL,
    URLSearchParams,
    fetch,
    Headers,
  });
}
/** The option-dependent rest of the global scope, set before any student code runs. */
function applyOptions() {
  processObject.argv[1] = '/' + cfg.filename;
  defineData(performanceObject, 'timeOrigin', cfg.epochMs);
  Math.random = createRandom(cfg.seed === null ? 0x5eed : cfg.seed);
  serviceRandom.next = createRandom((cfg.seed === null ? 0 : cfg.seed) ^ 0x9e3779b9);
  cryptoRandom.next = createRandom((cfg.seed === null ? 0x5eed : cfg.seed) ^ 0x63727970);
  const optional = {};
  if (cfg.services.named !== undefined) optional.services = createServices();
  if (cfg.blockFor) optional.blockFor = blockFor;
  defineValues(globalThis, optional);
}
function configure(json) {
  cfg = withoutPrototypes(JSONParse(json));
  if (cfg.services === undefined || cfg.services === null) cfg.services = record();
  // Node names an ES module by its file URL in stack traces and crash reports.
  cfg.displayName = cfg.esm ? 'file:///' + cfg.filename : cfg.filename;
  applyOptions();
  if (cfg.esm) installModuleHooks();
  // The seed may pick Node's other possible main-script order: ≥ 1 ms passed before the first timers phase.
  cfg.startupLatencyMs = cfg.seed !== null && createRandom(cfg.seed ^ 0x2545f491)() < 0.5 ? 1 : 0;
}
function pendingJson() {
  let timers = 0;
  let intervals = 0;
  for (let i = 0; i < listHeap.length; i++) {
    for (let rec = listHeap[i].head; rec !== null; rec = rec.next) {
      if (rec.handle === null) continue;
      if (rec.repeat === null) timers++;
      else intervals++;
    }
  }
  return '{"timers":' + timers + ',"intervals":' + intervals + ',"immediates":' + immediateCounts.count + '}';
}
function errorJson(info) {
  if (info === null) return 'null';
  return (
    '{"name":' +
    quote(info.name) +
    ',"message":' +
    quote(info.message) +
    ',"line":' +
    (info.line === null ? 'null' : info.line) +
    ',"column":' +
    (info.column === null ? 'null' : info.column) +
    '}'
  );
}
/**
 * The loop went idle: Node now exits, with code 13 and a warning if the entry module's top-level await
 * never settled, after the 'exit' event. Runs inside a step call, so 'exit' listeners have the CPU budget.
 */
function finishIdle() {
  loop.wentIdle = true;
  if (cfg.esm && !entry.loaded) {
    // Node keeps a non-zero process.exitCode; only the default 13 comes with the warning.
    if (loop.requestedExitCode !== 0) {
      const code = processExitStatus(emitExit(loop.requestedExitCode));
      stopWith(code === 0 ? 'ok' : 'crashed', code, 'unsettled top-level await');
    } else {
      emitOutput('stderr', unsettledAwaitWarning());
      const code = processExitStatus(emitExit(13));
      stopWith('crashed', code === 0 ? 13 : code, 'unsettled top-level await');
    }
  } else {
    const code = processExitStatus(emitExit(loop.requestedExitCode));
    stopWith(code === 0 ? 'ok' : 'crashed', code, null);
  }
  // A normal exit still runs the promise jobs its 'exit' listeners queued (Node drains them after the
  // event; ticks, timers and immediates never run): their output counts.
  output.silenced = false;
}
/**
 * Node names the await the module is suspended at. We cannot see it: point at the last await written at
 * the start of a top-level line, which is usually the one.
 */
function unsettledAwaitWarning() {
  const lines = splitOn(cfg.source, '\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    const at = StringIndexOf(line, 'await ');
    const head = at === -1 ? '' : StringSlice(line, 0, at);
    if (
      at !== -1 &&
      (head === '' || RegExpExec(/^(?:const|let|var)\s+[^=]+=\s*$|^[\w$.]+\s*=\s*$/, head) !== null)
    ) {
      return (
        'Warning: Detected unsettled top-level await at ' +
        cfg.displayName +
        ':' +
        (i + 1) +
        '\n' +
        line +
        '\n' +
        StringRepeat(' ', at) +
        '^\n\n\n'
      );
    }
  }
  return 'Warning: Detected unsettled top-level await at ' + cfg.displayName;
}
function resultJson() {
  let json =
    '{"status":"' +
    loop.status +
    '","exitCode":' +
    loop.exitCode +
    ',"message":' +
    (loop.message === null ? 'null' : quote(loop.message)) +
    ',"error":' +
    errorJson(loop.error) +
    ',"virtualTimeMs":' +
    clock.now +
    ',"truncated":' +
    (output.truncated ? 'true' : 'false') +
    ',"callbacks":' +
    loop.callbacks +
    ',"calls":' +
    serviceCallsJson() +
    ',"pending":' +
    pendingJson() +
    ',"unhandledRejection":' +
    (loop.unhandledRejection === true ? 'true' : 'false');
  if (cfg.invoke !== null) {
    const outcome = invocation.outcome === null ? (loop.fatal ? 'pending' : 'missing') : invocation.outcome;
    json +=
      ',"invocation":{"outcome":"' +
      outcome +
      '","value":' +
      invocation.valueJson +
      ',"settledAt":' +
      (invocation.settledAt === null ? 'null' : invocation.settledAt) +
      '}';
  }
  if (testsState.define !== null) json += ',"tests":' + testsJson();
  return json + '}';
}
function reply(status) {
  return status + '\n' + output.pending;
}
function hostCall(op, arg, ack) {
  acknowledgeOutput(ack);
  switch (op) {
    case 'configure':
      configure(arg);
      return '';
    case 'tests':
      registerTests(arg);
      return '';
    case 'builtin-source':
      return builtinModuleSource(arg);
    case 'module-not-found':
      return moduleNotFoundMessage(arg);
    case 'wrapper-source':
      return wrapperModuleSource(arg);
    case 'main':
      runCommonJsMain(arg);
      return reply(loop.fatal ? 'exit' : 'more');
    case 'start-loop':
      startLoop();
      return reply('more');
    case 'step':
      return reply(step());
    case 'rejection':
      reportHostError(arg, true);
      return reply(loop.fatal ? 'exit' : 'more');
    case 'uncaught':
      // Once the entry module has finished evaluating, what its evaluation call throws is a rejection
      // nobody handled, not the module's own throw.
      reportHostError(arg, cfg.esm && entry.loaded);
      return reply(loop.fatal ? 'exit' : 'more');
    case 'finish':
      flushPartialLines();
      return output.pending + '\n' + resultJson();
  }
  return '';
}
installGlobals();
