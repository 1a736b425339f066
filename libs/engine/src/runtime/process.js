// Trusted prelude: a minimal `process`, virtual Date/performance and seeded Math.random.
const warningState = record();
warningState.first = true;
/** process.emitWarning prints one nextTick later, on stderr: `(node:PID) Type: message`. */
function emitWarning(warning, type, code) {
  let name = typeof type === 'string' ? type : 'Warning';
  let message = warning;
  if (isObjectLike(type)) {
    if (typeof type.type === 'string') name = type.type;
    if (typeof type.code === 'string') code = type.code;
  }
  let warningObject = warning;
  if (looksLikeError(warning)) {
    name = readString(warning, 'name') || name;
    message = readString(warning, 'message') || '';
  } else {
    warningObject = new ErrorCtor(safeToString(message));
    defineHidden(warningObject, 'name', name);
    if (typeof code === 'string') defineData(warningObject, 'code', code);
  }
  const text =
    '(node:' +
    FAKE_PID +
    ') ' +
    (typeof code === 'string' ? '[' + code + '] ' : '') +
    name +
    ': ' +
    safeToString(message);
  queueTick(() => {
    let line = text;
    if (warningState.first) {
      warningState.first = false;
      const flag = name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
      line += '\n(Use `node ' + flag + ' ...` to show where the warning was created)';
    }
    emitOutput('stderr', line);
    emitProcessEvent('warning', warningObject);
  }, newList());
}
const FAKE_PID = 4242;

function exitNow(code) {
  if (code !== undefined && code !== null) setRequestedExitCode(code);
  const exitCode = processExitStatus(emitExit(loop.requestedExitCode));
  stopWith(exitCode === 0 ? 'ok' : 'crashed', exitCode, 'process.exit(' + exitCode + ') called');
  throw exitSignal;
}
/** What the operating system sees of an exit code: its low 8 bits (-1 is 255, 300 is 44). */
function processExitStatus(code) {
  return code & 0xff;
}
/** Node's rule for process.exitCode and process.exit(code): an integer, or a string holding one. */
function validExitCode(value) {
  let number = value;
  if (typeof value === 'string' && value !== '' && NumberIsInteger(+value)) number = +value;
  if (typeof number !== 'number') throw invalidArgType('code', 'of type number', value);
  if (!NumberIsInteger(number)) {
    throw nodeError(
      RangeErrorCtor,
      'ERR_OUT_OF_RANGE',
      'The value of "code" is out of range. It must be an integer. Received ' + describeValue(number),
    );
  }
  return number;
}
function setRequestedExitCode(value) {
  const set = value !== undefined && value !== null;
  // Node keeps the code in an Int32Array field
  const code = set ? validExitCode(value) | 0 : 0;
  loop.requestedExitCodeSet = set;
  loop.requestedExitCode = code;
}
/**
 * The 'exit' event: listeners run synchronously, once, with the exit code (they may change
 * process.exitCode); nothing they schedule ever runs. Returns the final exit code.
 */
function emitExit(code) {
  if (loop.exiting) return loop.requestedExitCode;
  loop.exiting = true;
  setRequestedExitCode(code);
  if (processListenerCount('exit') > 0) {
    try {
      ReflectApply(EmitterEmit, processObject, ['exit', code]);
    } catch (error) {
      reportUncaught(error);
    }
  }
  return loop.requestedExitCode;
}
/** Emits a process event if anyone listens; false when nobody does (Node then applies its default). */
function emitProcessEvent(name, a, b) {
  if (processListenerCount(name) === 0) return false;
  ReflectApply(EmitterEmit, processObject, [name, a, b]);
  return true;
}
function processListenerCount(name) {
  return processObject === null ? 0 : ReflectApply(EmitterListenerCount, processObject, [name]);
}
let processObject = null;
const exitSignal = new ErrorCtor('process.exit() called'); // unwinds the current callback; the run is already over
loop.requestedExitCode = 0;

function hrtime(previous) {
  const ms = clock.now;
  let seconds = MathFloor(ms / 1000);
  let nanos = (ms % 1000) * 1e6;
  if (ArrayIsArray(previous)) {
    seconds -= previous[0];
    nanos -= previous[1];
    if (nanos < 0) {
      seconds--;
      nanos += 1e9;
    }
  }
  return [seconds, nanos];
}
hrtime.bigint = function bigint() {
  return BigIntCtor(clock.now) * 1000000n;
};

function writer(stream) {
  return {
    write(chunk) {
      writeStream(stream, typeof chunk === 'string' ? chunk : safeToString(chunk));
      return true;
    },
    isTTY: false,
    columns: 80,
  };
}
/** `process` is an EventEmitter, as in Node: 'exit', 'uncaughtException' and 'unhandledRejection' work. */
function createProcess() {
  const process = new EventEmitter();
  const fields = {
    argv: ['/usr/local/bin/node', ''],
    env: {},
    pid: FAKE_PID,
    ppid: 1,
    platform: 'linux',
    arch: 'x64',
    version: NODE_VERSION,
    versions: { node: StringSlice(NODE_VERSION, 1) },
    release: { name: 'node' },
    title: 'node',
    exitCode: undefined,
    stdout: writer('stdout'),
    stderr: writer('stderr'),
    nextTick,
    hrtime,
    emitWarning,
    exit: exitNow,
    cwd: () => '/',
    uptime: () => clock.now / 1000,
    memoryUsage: () => ({ rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 }),
  };
  const keys = ObjectKeys(fields);
  for (let i = 0; i < keys.length; i++) defineData(process, keys[i], fields[keys[i]]);
  ObjectDefineProperty(process, 'exitCode', {
    get: () => (loop.requestedExitCodeSet ? loop.requestedExitCode : undefined),
    set: setRequestedExitCode,
    enumerable: true,
    configurable: true,
  });
  ObjectDefineProperty(process, SymbolToStringTag, { value: 'process', configurable: true });
  processObject = process;
  return process;
}

/** `Date` on the virtual clock: no-argument construction and Date.now() read `epoch + now`. */
function createDate() {
  function Date(...args) {
    if (new.target === undefined)
      return ReflectApply(DateToString, new DateCtor(cfg.epochMs + clock.now), newList());
    if (args.length === 0) return ReflectConstruct(DateCtor, [cfg.epochMs + clock.now], new.target);
    return ReflectConstruct(DateCtor, args, new.target);
  }
  ObjectDefineProperty(Date, 'prototype', { value: DateCtor.prototype, writable: false });
  ObjectDefineProperty(Date, 'length', { value: 7 });
  defineValues(Date, { now: () => cfg.epochMs + clock.now, parse: DateCtor.parse, UTC: DateCtor.UTC });
  defineHidden(DateCtor.prototype, 'constructor', Date);
  return Date;
}
function createPerformance() {
  const performance = {};
  defineData(performance, 'timeOrigin', 0);
  defineValues(performance, {
    now: () => clock.now,
    mark() {},
    measure() {},
    toJSON: () => ({ timeOrigin: cfg.epochMs }),
  });
  performanceObject = performance;
  return performance;
}
/** mulberry32: small, fast and good enough for deterministic student-visible randomness. */
function createRandom(seed) {
  let state = seed >>> 0;
  return function random() {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = MathImul(t ^ (t >>> 15), t | 1);
    t ^= t + MathImul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
