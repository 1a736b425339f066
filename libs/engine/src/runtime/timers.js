// Trusted prelude: the student-visible timer API (node:timers) on top of the virtual loop.
const TIMEOUT_MAX = 2147483647;
const knownTimersById = record();
const constructToken = SymbolCtor('loopgrade.construct');
let nextAsyncId = 2;
const warnedOnce = record();

/** The internal record behind a Timeout or Immediate handle (a private field: unreachable for students). */
function recordOf(handle) {
  return isObjectLike(handle) ? handleRecordOf(handle) : undefined;
}

/** Node 24 delay coercion (lib/internal/timers.js): ToNumber, then 1 outside [1, 2^31-1], with warnings. */
function coerceDelay(after) {
  if (after === undefined) return 1;
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      emitWarning(
        after + ' does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.',
        'TimeoutOverflowWarning',
      );
    } else if (after < 0 && !warnedOnce.negative) {
      warnedOnce.negative = true;
      emitWarning(after + ' is a negative number.\nTimeout duration was set to 1.', 'TimeoutNegativeWarning');
    } else if (NumberIsNaN(after) && !warnedOnce.nan) {
      warnedOnce.nan = true;
      emitWarning(after + ' is not a number.\nTimeout duration was set to 1.', 'TimeoutNaNWarning');
    }
    after = 1;
  }
  return after;
}

/** What Timeout and Immediate share: a private link to the internal record, and liveness control. */
class Handle {
  #record;
  constructor(token, rec) {
    if (token !== constructToken) throw new TypeErrorCtor('Illegal constructor');
    this.#record = rec;
  }
  static recordOf(handle) {
    return #record in handle ? handle.#record : undefined;
  }
  ref() {
    setHandleRef(this, true);
    return this;
  }
  unref() {
    setHandleRef(this, false);
    return this;
  }
  hasRef() {
    const rec = recordOf(this);
    return rec !== undefined && rec.refed;
  }
  [SymbolDispose]() {
    const rec = recordOf(this);
    if (rec === undefined) return;
    if (rec.kind === 'timer') cancelTimer(rec);
    else cancelImmediate(rec);
  }
}
// Captured: Handle itself is reachable (the prototype of Timeout), so its statics are not trusted later.
const handleRecordOf = Handle.recordOf;
class Timeout extends Handle {
  // Node's own fields (V8 then names the frame `Timeout._onTimeout` in stack traces); declared, so defined.
  _idleTimeout = 1;
  _onTimeout = null;
  _repeat = null;
  refresh() {
    const rec = recordOf(this);
    if (rec !== undefined && rec.kind === 'timer') refreshTimer(rec);
    return this;
  }
  close() {
    const rec = recordOf(this);
    if (rec !== undefined && rec.kind === 'timer') cancelTimer(rec);
    return this;
  }
  [SymbolToPrimitive]() {
    const rec = recordOf(this);
    if (rec === undefined || rec.kind !== 'timer') return NaN;
    knownTimersById[rec.asyncId] = rec;
    return rec.asyncId;
  }
}
class Immediate extends Handle {
  _onImmediate = null;
}
function setHandleRef(handle, refed) {
  const rec = recordOf(handle);
  if (rec === undefined) return;
  if (rec.kind === 'timer') setTimerRef(rec, refed);
  else setImmediateRef(rec, refed);
}

function createTimer(callback, after, args, repeating) {
  const delay = coerceDelay(after);
  const rec = newTimerRecord(callback, args, delay, repeating ? delay : null, null);
  const handle = new Timeout(constructToken, rec);
  handle._idleTimeout = delay;
  handle._onTimeout = callback;
  handle._repeat = repeating ? delay : null;
  rec.handle = handle;
  rec.asyncId = nextAsyncId++;
  scheduleTimer(rec);
  return handle;
}
/** A timer of the runtime itself (services, AbortSignal.timeout): no student-visible handle. */
function internalTimer(callback, after, refed) {
  const rec = newTimerRecord(callback, newList(), MathMax(1, MathTrunc(after)), null, null);
  rec.refed = refed;
  scheduleTimer(rec);
  return rec;
}

function setTimeout(callback, after, ...args) {
  validateFunction(callback, 'callback');
  return createTimer(callback, after, args, false);
}
function setInterval(callback, repeat, ...args) {
  validateFunction(callback, 'callback');
  return createTimer(callback, repeat, args, true);
}
function clearTimeout(timer) {
  let rec = recordOf(timer);
  if (rec === undefined && (typeof timer === 'number' || typeof timer === 'string'))
    rec = knownTimersById[timer];
  if (rec === undefined || rec.handle === null) return;
  if (rec.kind === 'timer') cancelTimer(rec);
}
function setImmediate(callback, ...args) {
  validateFunction(callback, 'callback');
  const rec = new ImmediateRecord();
  const handle = new Immediate(constructToken, rec);
  handle._onImmediate = callback;
  rec.callback = callback;
  rec.args = args;
  rec.handle = handle;
  scheduleImmediate(rec);
  return handle;
}
function clearImmediate(immediate) {
  const rec = recordOf(immediate);
  if (rec !== undefined && rec.kind === 'immediate') cancelImmediate(rec);
}
function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (loop.fatal) return;
  queueTick(callback, args);
}
/** A throw inside a queueMicrotask job is an uncaught exception (the rest of the queue then stays unobservable). */
const resolvedPromise = PromiseResolve(undefined);
function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  ReflectApply(PromiseThen, resolvedPromise, [
    () => {
      // after process.exit() or a crash nothing runs; after a normal exit, what 'exit' listeners queued does
      if (loop.fatal && !loop.wentIdle) return;
      try {
        ReflectApply(callback, undefined, newList());
      } catch (error) {
        reportUncaught(error, false);
      }
    },
  ]);
}

// ---- node:timers/promises ----
function abortError(signal) {
  const error = new ErrorCtor('The operation was aborted', { cause: signal.reason });
  defineHidden(error, 'name', 'AbortError');
  ObjectDefineProperty(error, 'code', {
    value: 'ABORT_ERR',
    writable: true,
    enumerable: true,
    configurable: true,
  });
  return error;
}
/** Shared by the promise timers: settle on the virtual loop, reject early when the signal aborts. */
function promiseTimer(schedule, cancel, value, options) {
  const signal = isObjectLike(options) ? options.signal : undefined;
  const refed = !(isObjectLike(options) && options.ref === false);
  if (signal !== undefined && signalAborted(signal)) return PromiseReject(abortError(signal));
  return new PromiseCtor((resolve, reject) => {
    let onAbort = null;
    const handle = schedule(() => {
      if (onAbort !== null) removeAbortListener(signal, onAbort);
      resolve(value);
    });
    if (!refed) setHandleRef(handle, false);
    if (signal !== undefined) {
      onAbort = () => {
        cancel(handle);
        reject(abortError(signal));
      };
      addAbortListener(signal, onAbort);
    }
  });
}
const timersPromises = {};
timersPromises.setTimeout = function setTimeout(delay, value, options) {
  return promiseTimer((done) => createTimer(done, delay, newList(), false), clearTimeout, value, options);
};
timersPromises.setImmediate = function setImmediate(value, options) {
  return promiseTimer((done) => setImmediateInternal(done), clearImmediate, value, options);
};
/** Node's async generator (lib/timers/promises.js): ticks nobody awaited yet are yielded in a row. */
timersPromises.setInterval = async function* setInterval(delay, value, options) {
  const signal = isObjectLike(options) ? options.signal : undefined;
  const aborted = () => signal !== undefined && signal !== null && signalAborted(signal);
  if (aborted()) throw abortError(signal);
  let onAbort = null;
  let handle = null;
  try {
    let notYielded = 0;
    let wake = null;
    handle = createTimer(
      () => {
        notYielded++;
        if (wake !== null) {
          const resolve = wake;
          wake = null;
          resolve();
        }
      },
      delay,
      newList(),
      true,
    );
    if (isObjectLike(options) && options.ref === false) setHandleRef(handle, false);
    if (signal !== undefined && signal !== null) {
      onAbort = () => {
        clearTimeout(handle);
        if (wake !== null) {
          const resolve = wake;
          wake = null;
          resolve(PromiseReject(abortError(signal)));
        }
      };
      addAbortListener(signal, onAbort);
    }
    while (!aborted()) {
      if (notYielded === 0) {
        await new PromiseCtor((resolve) => {
          wake = resolve;
        });
      }
      for (; notYielded > 0; notYielded--) yield value;
    }
    throw abortError(signal);
  } finally {
    if (handle !== null) clearTimeout(handle);
    if (onAbort !== null) removeAbortListener(signal, onAbort);
  }
};
timersPromises.scheduler = {
  wait(delay, options) {
    return timersPromises.setTimeout(delay, undefined, options);
  },
  yield() {
    return timersPromises.setImmediate();
  },
};
function setImmediateInternal(callback) {
  return ReflectApply(setImmediate, undefined, [callback]);
}
