// Trusted prelude: node:events (EventEmitter and once) — the commonly used surface, Node's semantics.
const kListeners = SymbolCtor('kListeners');
const emittedErrorStacks = new WeakMapCtor();
/** "Emitted 'error' event at:" and the emit's frames, for an error thrown by emit('error') without listener. */
function emittedAt(error) {
  if (!isObjectLike(error) || !ReflectApply(WeakMapHas, emittedErrorStacks, [error])) return '';
  const frames = withoutRuntimeFrames(ReflectApply(WeakMapGet, emittedErrorStacks, [error]));
  const newline = StringIndexOf(frames, '\n');
  return "\nEmitted 'error' event at:" + (newline === -1 ? '' : StringSlice(frames, newline));
}
function listenerTable(emitter) {
  let table = emitter[kListeners];
  if (table === undefined || !ObjectIs(ObjectGetPrototypeOf(table), null)) {
    table = record();
    defineHidden(emitter, kListeners, table);
  }
  return table;
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
  return emitter;
}
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
  removeAllListeners(type) {
    const table = listenerTable(this);
    if (type === undefined) defineHidden(this, kListeners, record());
    else delete table[type];
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
EventEmitter.listenerCount = (emitter, type) => emitter.listenerCount(type);
