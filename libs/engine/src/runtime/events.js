// Trusted prelude: node:events (EventEmitter and once) — the commonly used surface, Node's semantics.
/** Listener tables live outside the emitters: a program cannot reach or replace one. */
const listenerTables = new WeakMapCtor();
const emittedErrorStacks = new WeakMapCtor();
/** "Emitted 'error' event at:" and the emit's frames, for an error thrown by emit('error') without listener. */
function emittedAt(error) {
  if (!isObjectLike(error) || !ReflectApply(WeakMapHas, emittedErrorStacks, [error])) return '';
  const frames = withoutRuntimeFrames(ReflectApply(WeakMapGet, emittedErrorStacks, [error]));
  const newline = StringIndexOf(frames, '\n');
  return "\nEmitted 'error' event at:" + (newline === -1 ? '' : StringSlice(frames, newline));
}
/** The record `map` holds for `key`, created empty on first use. */
function recordFor(map, key) {
  let found = ReflectApply(WeakMapGet, map, [key]);
  if (found === undefined) {
    found = record();
    ReflectApply(WeakMapSet, map, [key, found]);
  }
  return found;
}
function listenerTable(emitter) {
  return recordFor(listenerTables, emitter);
}
function addListener(emitter, type, listener, prepend, once) {
  validateFunction(listener, 'listener');
  const table = listenerTable(emitter);
  if (table.newListener !== undefined) emitter.emit('newListener', type, listener);
  const entry = record();
  entry.listener = listener;
  entry.once = once;
  const list = table[type] === undefined ? newList() : listFrom(table[type], 0);
  if (prepend) {
    const moved = newList();
    listPush(moved, entry);
    for (let i = 0; i < list.length; i++) listPush(moved, list[i]);
    table[type] = moved;
  } else {
    listPush(list, entry);
    table[type] = list;
  }
  warnIfTooMany(emitter, table, type);
  return emitter;
}
/** Node's MaxListenersExceededWarning, once per event name and emitter. */
function warnIfTooMany(emitter, table, type) {
  const list = table[type];
  const max = emitter.getMaxListeners();
  const warned = recordFor(warnedByTable, table);
  if (!(max > 0) || list.length <= max || warned[type] === true) return;
  warned[type] = true;
  const warning = new ErrorCtor(
    'Possible EventEmitter memory leak detected. ' +
      list.length +
      ' ' +
      safeToString(type) +
      ' listeners added to ' +
      inspectValue(emitter, { depth: -1 }) +
      '. MaxListeners is ' +
      max +
      '. Use emitter.setMaxListeners() to increase limit',
  );
  defineData(warning, 'name', 'MaxListenersExceededWarning');
  defineData(warning, 'emitter', emitter);
  defineData(warning, 'type', type);
  defineData(warning, 'count', list.length);
  emitWarning(warning);
}
/** Event names already warned about, per listener table (a new table, after removeAllListeners(), warns again). */
const warnedByTable = new WeakMapCtor();
function removeEntry(emitter, type, listener) {
  const table = listenerTable(emitter);
  const list = table[type];
  if (list === undefined) return emitter;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i].listener === listener) {
      const kept = newList();
      for (let j = 0; j < list.length; j++) if (j !== i) listPush(kept, list[j]);
      if (kept.length === 0) delete table[type];
      else table[type] = kept;
      if (table.removeListener !== undefined) emitter.emit('removeListener', type, listener);
      break;
    }
  }
  return emitter;
}
function EventEmitter(options) {
  listenerTable(this);
  this._maxListeners =
    isObjectLike(options) && typeof options.maxListeners === 'number' ? options.maxListeners : undefined;
}
defineValues(EventEmitter.prototype, {
  on(type, listener) {
    return addListener(this, type, listener, false, false);
  },
  addListener(type, listener) {
    return addListener(this, type, listener, false, false);
  },
  prependListener(type, listener) {
    return addListener(this, type, listener, true, false);
  },
  once(type, listener) {
    return addListener(this, type, listener, false, true);
  },
  prependOnceListener(type, listener) {
    return addListener(this, type, listener, true, true);
  },
  off(type, listener) {
    return removeEntry(this, type, listener);
  },
  removeListener(type, listener) {
    return removeEntry(this, type, listener);
  },
  /** With 'removeListener' listeners, each removal is announced, last added first, as in Node. */
  removeAllListeners(type) {
    const table = listenerTable(this);
    if (table.removeListener === undefined) {
      if (type === undefined) ReflectApply(WeakMapSet, listenerTables, [this, record()]);
      else delete table[type];
      return this;
    }
    if (type === undefined) {
      const types = ReflectOwnKeys(table);
      for (let i = 0; i < types.length; i++) {
        if (types[i] !== 'removeListener') this.removeAllListeners(types[i]);
      }
      this.removeAllListeners('removeListener');
      return this;
    }
    const list = table[type];
    if (list !== undefined) {
      for (let i = list.length - 1; i >= 0; i--) removeEntry(this, type, list[i].listener);
    }
    return this;
  },
  emit(type, ...args) {
    const table = listenerTable(this);
    const list = table[type];
    if (list === undefined) {
      if (type === 'error') {
        const error = args[0];
        if (looksLikeError(error)) {
          // Node's crash print then adds where the event was emitted.
          ReflectApply(WeakMapSet, emittedErrorStacks, [error, readString(new ErrorCtor(), 'stack') || '']);
          throw error;
        }
        const unhandled = nodeError(
          ErrorCtor,
          'ERR_UNHANDLED_ERROR',
          'Unhandled error. (' + describeValue(error) + ')',
        );
        defineData(unhandled, 'context', error);
        throw unhandled;
      }
      return false;
    }
    const snapshot = listFrom(list, 0);
    for (let i = 0; i < snapshot.length; i++) {
      const entry = snapshot[i];
      if (entry.once) removeEntry(this, type, entry.listener);
      ReflectApply(entry.listener, this, args);
    }
    return true;
  },
  listenerCount(type) {
    const list = listenerTable(this)[type];
    return list === undefined ? 0 : list.length;
  },
  listeners(type) {
    const list = listenerTable(this)[type];
    const out = newList();
    if (list !== undefined) for (let i = 0; i < list.length; i++) listPush(out, list[i].listener);
    return publicArray(out);
  },
  rawListeners(type) {
    return this.listeners(type);
  },
  eventNames() {
    return publicArray(listFrom(ReflectOwnKeys(listenerTable(this)), 0));
  },
  setMaxListeners(n) {
    this._maxListeners = n;
    return this;
  },
  getMaxListeners() {
    return this._maxListeners === undefined ? EventEmitter.defaultMaxListeners : this._maxListeners;
  },
});
// Captured for the runtime's own use (process events): student code may replace the prototype methods.
const EmitterEmit = EventEmitter.prototype.emit;
const EmitterListenerCount = EventEmitter.prototype.listenerCount;
EventEmitter.defaultMaxListeners = 10;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.errorMonitor = SymbolCtor('events.errorMonitor');
/** events.once(emitter, name[, {signal}]): resolves with the arguments array; rejects on 'error'. */
EventEmitter.once = function once(emitter, name, options) {
  const signal = isObjectLike(options) ? options.signal : undefined;
  if (signal !== undefined && signalAborted(signal)) return PromiseReject(abortError(signal));
  return new PromiseCtor((resolve, reject) => {
    const isTarget = typeof emitter.addEventListener === 'function' && typeof emitter.on !== 'function';
    if (isTarget) {
      emitter.addEventListener(name, (event) => resolve([event]), { once: true });
      return;
    }
    const onError = (error) => {
      emitter.removeListener(name, onEvent);
      reject(error);
    };
    const onEvent = (...args) => {
      if (name !== 'error') emitter.removeListener('error', onError);
      resolve(args);
    };
    emitter.once(name, onEvent);
    if (name !== 'error') emitter.once('error', onError);
    if (signal !== undefined) {
      addAbortListener(signal, () => {
        emitter.removeListener(name, onEvent);
        emitter.removeListener('error', onError);
        reject(abortError(signal));
      });
    }
  });
};
const AsyncIteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf(async function* () {}).prototype);
function eventResult(value, done) {
  const result = {};
  defineData(result, 'value', value);
  defineData(result, 'done', done);
  return result;
}
/**
 * events.on(emitter, name[, {signal}]): an async iterator of each emit's arguments array, queued until
 * read; an 'error' event rejects the pending read and ends it, as Node's (lib/events.js) does.
 */
EventEmitter.on = function on(emitter, name, options) {
  const signal = isObjectLike(options) ? options.signal : undefined;
  if (signal !== undefined && signal !== null && signalAborted(signal)) throw abortError(signal);
  const events = newList();
  const readers = newList();
  let failure = null;
  let finished = false;
  const stop = () => {
    emitter.removeListener(name, onEvent);
    if (name !== 'error') emitter.removeListener('error', onError);
    finished = true;
    const waiting = listFrom(readers, 0);
    readers.length = 0;
    for (let i = 0; i < waiting.length; i++) waiting[i].resolve(eventResult(undefined, true));
  };
  function onEvent(...args) {
    const reader = readers[0];
    if (reader === undefined) listPush(events, publicArray(listFrom(args, 0)));
    else {
      ReflectApply(ArrayPrototypeShift, readers, []);
      reader.resolve(eventResult(publicArray(listFrom(args, 0)), false));
    }
  }
  function onError(error) {
    const reader = readers[0];
    if (reader === undefined) failure = error;
    else {
      ReflectApply(ArrayPrototypeShift, readers, []);
      reader.reject(error);
    }
    stop();
  }
  const iterator = ObjectSetPrototypeOf(
    {
      next() {
        if (events.length > 0)
          return PromiseResolve(eventResult(ReflectApply(ArrayPrototypeShift, events, []), false));
        if (failure !== null) {
          const rejected = PromiseReject(failure);
          failure = null;
          return rejected;
        }
        if (finished) return PromiseResolve(eventResult(undefined, true));
        return new PromiseCtor((resolve, reject) => {
          const reader = record();
          reader.resolve = resolve;
          reader.reject = reject;
          listPush(readers, reader);
        });
      },
      return() {
        stop();
        return PromiseResolve(eventResult(undefined, true));
      },
      throw(error) {
        failure = error;
        emitter.removeListener(name, onEvent);
        if (name !== 'error') emitter.removeListener('error', onError);
      },
      [SymbolAsyncIterator]() {
        return this;
      },
    },
    AsyncIteratorPrototype,
  );
  emitter.on(name, onEvent);
  if (name !== 'error') emitter.on('error', onError);
  if (signal !== undefined && signal !== null) addAbortListener(signal, () => onError(abortError(signal)));
  return iterator;
};
EventEmitter.listenerCount = (emitter, type) => emitter.listenerCount(type);
