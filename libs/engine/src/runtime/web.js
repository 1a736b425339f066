// Trusted prelude: the web globals Node has and a bare V8 context lacks (DOMException, Event, EventTarget,
// AbortController/AbortSignal on virtual time, TextEncoder/TextDecoder, structuredClone).
const DOM_EXCEPTION_CODES = {
  IndexSizeError: 1,
  HierarchyRequestError: 3,
  WrongDocumentError: 4,
  InvalidCharacterError: 5,
  NoModificationAllowedError: 7,
  NotFoundError: 8,
  NotSupportedError: 9,
  InvalidStateError: 11,
  SyntaxError: 12,
  InvalidModificationError: 13,
  NamespaceError: 14,
  InvalidAccessError: 15,
  TypeMismatchError: 17,
  SecurityError: 18,
  NetworkError: 19,
  AbortError: 20,
  URLMismatchError: 21,
  QuotaExceededError: 22,
  TimeoutError: 23,
  InvalidNodeTypeError: 24,
  DataCloneError: 25,
};
class DOMException extends ErrorCtor {
  constructor(message = '', options = 'Error') {
    super(StringCtor(message));
    let name = 'Error';
    if (isObjectLike(options)) {
      if ('name' in options) name = StringCtor(options.name);
      if ('cause' in options) defineHidden(this, 'cause', options.cause);
    } else name = StringCtor(options);
    defineHidden(this, 'name', name);
  }
  get code() {
    const code = DOM_EXCEPTION_CODES[this.name];
    return typeof code === 'number' ? code : 0;
  }
}
defineHidden(DOMException.prototype, SymbolToStringTag, 'DOMException');

const eventState = new WeakMapCtor();
function stateOf(object) {
  return isObjectLike(object) ? ReflectApply(WeakMapGet, eventState, [object]) : undefined;
}
class Event {
  constructor(type, options) {
    if (arguments.length === 0) throw invalidArgType('type', 'of type string', undefined);
    const state = record();
    state.type = StringCtor(type);
    state.cancelable = isObjectLike(options) && !!options.cancelable;
    state.bubbles = isObjectLike(options) && !!options.bubbles;
    state.composed = isObjectLike(options) && !!options.composed;
    state.trusted = false;
    state.inPassiveListener = false;
    state.defaultPrevented = false;
    state.target = null;
    state.currentTarget = null;
    state.stop = false;
    state.timeStamp = clock.now;
    ReflectApply(WeakMapSet, eventState, [this, state]);
  }
  get type() {
    return stateOf(this).type;
  }
  get target() {
    return stateOf(this).target;
  }
  get currentTarget() {
    return stateOf(this).currentTarget;
  }
  get srcElement() {
    return stateOf(this).target;
  }
  get cancelable() {
    return stateOf(this).cancelable;
  }
  get bubbles() {
    return stateOf(this).bubbles;
  }
  get composed() {
    return stateOf(this).composed;
  }
  get defaultPrevented() {
    return stateOf(this).defaultPrevented;
  }
  get timeStamp() {
    return stateOf(this).timeStamp;
  }
  /** True only for the events the runtime itself dispatches (an AbortSignal's 'abort'). */
  get isTrusted() {
    return stateOf(this).trusted;
  }
  get eventPhase() {
    return stateOf(this).currentTarget === null ? 0 : 2;
  }
  preventDefault() {
    const state = stateOf(this);
    if (state.cancelable && !state.inPassiveListener) state.defaultPrevented = true;
  }
  stopPropagation() {}
  stopImmediatePropagation() {
    stateOf(this).stop = true;
  }
  composedPath() {
    const state = stateOf(this);
    return state.currentTarget === null ? [] : [state.currentTarget];
  }
}
defineHidden(Event.prototype, SymbolToStringTag, 'Event');
class CustomEvent extends Event {
  constructor(type, options) {
    super(type, options);
    const detail = isObjectLike(options) ? options.detail : undefined;
    stateOf(this).detail = detail === undefined ? null : detail;
  }
  get detail() {
    return stateOf(this).detail;
  }
}
defineHidden(CustomEvent.prototype, SymbolToStringTag, 'CustomEvent');

class EventTarget {
  constructor() {
    const state = record();
    state.listeners = record();
    ReflectApply(WeakMapSet, eventState, [this, state]);
  }
  addEventListener(type, listener, options) {
    const state = stateOf(this);
    if (state === undefined || listener === null || listener === undefined) return;
    const once = isObjectLike(options) && !!options.once;
    const signal = isObjectLike(options) ? options.signal : undefined;
    if (signal !== undefined && signalAborted(signal)) return;
    const key = StringCtor(type);
    const capture = captureOption(options);
    let list = state.listeners[key];
    if (list === undefined) list = state.listeners[key] = newList();
    for (let i = 0; i < list.length; i++) {
      if (list[i].listener === listener && list[i].capture === capture) return;
    }
    const entry = record();
    entry.listener = listener;
    entry.capture = capture;
    entry.once = once;
    entry.passive = isObjectLike(options) && !!options.passive;
    entry.removed = false;
    listPush(list, entry);
    if (signal !== undefined) {
      addAbortListener(signal, () => this.removeEventListener(key, listener, { capture }));
    }
  }
  removeEventListener(type, listener, options) {
    const state = stateOf(this);
    if (state === undefined) return;
    const list = state.listeners[StringCtor(type)];
    if (list === undefined) return;
    // Node 24 reads only `{ capture }` here: removeEventListener(type, f, true) removes f's non-capture entry
    const capture = isObjectLike(options) && !!options.capture;
    const kept = newList();
    for (let i = 0; i < list.length; i++) {
      if (list[i].listener === listener && list[i].capture === capture) list[i].removed = true;
      else listPush(kept, list[i]);
    }
    state.listeners[StringCtor(type)] = kept;
  }
  dispatchEvent(event) {
    const state = stateOf(this);
    const eventRecord = stateOf(event);
    if (state === undefined || eventRecord === undefined || !(event instanceof Event)) {
      throw invalidArgType('event', 'an instance of Event', event);
    }
    eventRecord.target = this;
    eventRecord.currentTarget = this;
    const list = state.listeners[eventRecord.type];
    const snapshot = list === undefined ? newList() : listFrom(list, 0);
    const handlerProperty = this['on' + eventRecord.type];
    for (let i = 0; i < snapshot.length && !eventRecord.stop; i++) {
      const entry = snapshot[i];
      if (entry.removed) continue;
      if (entry.once) this.removeEventListener(eventRecord.type, entry.listener);
      eventRecord.inPassiveListener = entry.passive;
      callListener(this, entry.listener, event);
      eventRecord.inPassiveListener = false;
      // Node 24 clears currentTarget (so eventPhase reads 0) after the first listener of a dispatch
      eventRecord.currentTarget = null;
    }
    if (typeof handlerProperty === 'function' && !eventRecord.stop && this instanceof AbortSignal) {
      callListener(this, handlerProperty, event);
    }
    eventRecord.currentTarget = null;
    return !eventRecord.defaultPrevented;
  }
}
defineHidden(EventTarget.prototype, SymbolToStringTag, 'EventTarget');
/** A listener registered for capture and one not are two registrations (a boolean or `{ capture }`). */
function captureOption(options) {
  return options === true || (isObjectLike(options) && !!options.capture);
}
/** Node reports a throwing listener as an uncaught exception on the next tick; dispatch goes on. */
function callListener(target, listener, event) {
  try {
    if (typeof listener === 'function') ReflectApply(listener, target, [event]);
    else if (isObjectLike(listener) && typeof listener.handleEvent === 'function') {
      ReflectApply(listener.handleEvent, listener, [event]);
    }
  } catch (error) {
    queueTick(() => reportUncaught(error, false), newList());
  }
}

// ---- AbortController / AbortSignal ----
const signalState = new WeakMapCtor();
function signalRecord(signal) {
  return isObjectLike(signal) ? ReflectApply(WeakMapGet, signalState, [signal]) : undefined;
}
function signalAborted(signal) {
  const state = signalRecord(signal);
  return state !== undefined ? state.aborted : !!readProperty(signal, 'aborted');
}
/** Runtime listeners run before student ones are visible to them, and never appear in listener lists. */
function addAbortListener(signal, callback) {
  const state = signalRecord(signal);
  if (state !== undefined) listPush(state.internal, callback);
}
function removeAbortListener(signal, callback) {
  const state = signalRecord(signal);
  if (state === undefined) return;
  const kept = newList();
  for (let i = 0; i < state.internal.length; i++)
    if (state.internal[i] !== callback) listPush(kept, state.internal[i]);
  state.internal = kept;
}
function abortSignal(signal, reason) {
  const state = signalRecord(signal);
  if (state === undefined || state.aborted) return;
  state.aborted = true;
  state.reason = reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason;
  const internal = state.internal;
  state.internal = newList();
  for (let i = 0; i < internal.length; i++) internal[i]();
  const event = new Event('abort');
  stateOf(event).trusted = true;
  ReflectApply(EventTarget.prototype.dispatchEvent, signal, [event]);
  // AbortSignal.any signals abort after their source's own listeners ran, as in Node
  const dependents = state.dependents;
  state.dependents = newList();
  for (let i = 0; i < dependents.length; i++) abortSignal(dependents[i], state.reason);
}
function newSignal() {
  const signal = ReflectConstruct(EventTarget, newList(), AbortSignal);
  const state = record();
  state.aborted = false;
  state.reason = undefined;
  state.internal = newList();
  state.dependents = newList();
  ReflectApply(WeakMapSet, signalState, [signal, state]);
  return signal;
}
class AbortSignal extends EventTarget {
  constructor() {
    throw new TypeErrorCtor('Illegal constructor');
  }
  get aborted() {
    return signalRecord(this).aborted;
  }
  get reason() {
    return signalRecord(this).reason;
  }
  throwIfAborted() {
    const state = signalRecord(this);
    if (state.aborted) throw state.reason;
  }
  static abort(reason) {
    const signal = newSignal();
    abortSignal(signal, reason);
    return signal;
  }
  static timeout(delay) {
    const signal = newSignal();
    // Unref'ed, as in Node: a pending AbortSignal.timeout() does not keep the program alive.
    internalTimer(
      () => abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
      coerceDelay(delay),
      false,
    );
    return signal;
  }
  static any(signals) {
    const signal = newSignal();
    const list = listFrom(signals, 0);
    for (let i = 0; i < list.length; i++) {
      if (signalAborted(list[i])) {
        abortSignal(signal, signalRecord(list[i]).reason);
        return signal;
      }
    }
    for (let i = 0; i < list.length; i++) {
      const source = signalRecord(list[i]);
      if (source !== undefined) listPush(source.dependents, signal);
    }
    return signal;
  }
}
defineHidden(AbortSignal.prototype, SymbolToStringTag, 'AbortSignal');
defineHidden(AbortSignal.prototype, 'onabort', null);
const controllerSignals = new WeakMapCtor();
class AbortController {
  constructor() {
    ReflectApply(WeakMapSet, controllerSignals, [this, newSignal()]);
  }
  get signal() {
    return ReflectApply(WeakMapGet, controllerSignals, [this]);
  }
  abort(reason) {
    abortSignal(ReflectApply(WeakMapGet, controllerSignals, [this]), reason);
  }
}
defineHidden(AbortController.prototype, SymbolToStringTag, 'AbortController');

// ---- TextEncoder / TextDecoder (UTF-8 only, like Node's defaults) ----
function utf8Encode(text) {
  const well = StringToWellFormed(StringCtor(text));
  const bytes = newList();
  for (let i = 0; i < well.length; i++) {
    const code = StringCodePointAt(well, i);
    if (code > 0xffff) i++;
    if (code < 0x80) listPush(bytes, code);
    else if (code < 0x800) {
      listPush(bytes, 0xc0 | (code >> 6));
      listPush(bytes, 0x80 | (code & 63));
    } else if (code < 0x10000) {
      listPush(bytes, 0xe0 | (code >> 12));
      listPush(bytes, 0x80 | ((code >> 6) & 63));
      listPush(bytes, 0x80 | (code & 63));
    } else {
      listPush(bytes, 0xf0 | (code >> 18));
      listPush(bytes, 0x80 | ((code >> 12) & 63));
      listPush(bytes, 0x80 | ((code >> 6) & 63));
      listPush(bytes, 0x80 | (code & 63));
    }
  }
  const out = new Uint8ArrayCtor(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i];
  return out;
}
function utf8Decode(bytes) {
  let out = '';
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    let need = 0;
    let code = 0;
    if (b < 0x80) {
      out += StringFromCharCode(b);
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      code = b & 31;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      code = b & 15;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      code = b & 7;
    } else {
      out += '\ufffd';
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need && i + j < n; j++) {
      const c = bytes[i + j];
      if ((c & 0xc0) !== 0x80) break;
      code = (code << 6) | (c & 63);
    }
    if (j <= need) {
      out += '\ufffd';
      i += j;
      continue;
    }
    if (
      (need === 2 && (code < 0x800 || (code >= 0xd800 && code <= 0xdfff))) ||
      (need === 3 && (code < 0x10000 || code > 0x10ffff))
    ) {
      out += '\ufffd';
    } else out += StringFromCodePoint(code);
    i += need + 1;
  }
  return out;
}
class TextEncoder {
  get encoding() {
    return 'utf-8';
  }
  encode(input = '') {
    return utf8Encode(input);
  }
  encodeInto(input, destination) {
    const bytes = utf8Encode(input);
    const written = MathMin(bytes.length, destination.length);
    for (let i = 0; i < written; i++) destination[i] = bytes[i];
    return { read: StringCtor(input).length, written };
  }
}
class TextDecoder {
  constructor(label = 'utf-8') {
    const name = StringToLowerCase(StringCtor(label));
    if (name !== 'utf-8' && name !== 'utf8') {
      throw new RangeErrorCtor('The "' + label + '" encoding is not supported');
    }
  }
  get encoding() {
    return 'utf-8';
  }
  decode(input) {
    if (input === undefined) return '';
    const view =
      input instanceof ArrayBufferCtor
        ? new Uint8ArrayCtor(input)
        : new Uint8ArrayCtor(input.buffer, input.byteOffset, input.byteLength);
    let text = utf8Decode(view);
    if (StringCharCodeAt(text, 0) === 0xfeff) text = StringSlice(text, 1);
    return text;
  }
}

// ---- structuredClone (plain data, Date, RegExp, Map, Set, errors, ArrayBuffer and typed arrays) ----
function structuredClone(value) {
  if (arguments.length === 0)
    throw new TypeErrorCtor("Failed to execute 'structuredClone': 1 argument required, but only 0 present.");
  return cloneValue(value, new MapCtor());
}
function dataCloneError(value) {
  const shown =
    typeof value === 'function'
      ? ReflectApply(FunctionToString, value, [])
      : typeof value === 'symbol'
        ? SymbolToString(value)
        : describeValue(value);
  return new DOMException(shown + ' could not be cloned.', 'DataCloneError');
}
function cloneValue(value, seen) {
  if (typeof value === 'symbol' || typeof value === 'function') throw dataCloneError(value);
  if (!isObjectLike(value)) return value;
  if (MapHas(seen, value)) return MapGet(seen, value);
  let copy;
  if (ArrayIsArray(value)) {
    copy = new Array(value.length);
    MapSet(seen, value, copy);
    const keys = ObjectKeys(value);
    for (let i = 0; i < keys.length; i++) defineData(copy, keys[i], cloneValue(value[keys[i]], seen));
    return copy;
  }
  if (value instanceof DateCtor) return new DateCtor(ReflectApply(DateGetTime, value, newList()));
  if (value instanceof RegExpCtor) return new RegExpCtor(value.source, value.flags);
  if (value instanceof MapCtor) {
    copy = new MapCtor();
    MapSet(seen, value, copy);
    const entries = listFromIterable(value);
    for (let i = 0; i < entries.length; i++)
      MapSet(copy, cloneValue(entries[i][0], seen), cloneValue(entries[i][1], seen));
    return copy;
  }
  if (value instanceof SetCtor) {
    copy = new SetCtor();
    MapSet(seen, value, copy);
    const items = listFromIterable(value);
    for (let i = 0; i < items.length; i++) SetAdd(copy, cloneValue(items[i], seen));
    return copy;
  }
  if (value instanceof ErrorCtor) {
    copy = new ErrorCtor(readString(value, 'message') || '');
    defineHidden(copy, 'name', readString(value, 'name') || 'Error');
    defineHidden(copy, 'stack', readString(value, 'stack') || '');
    return copy;
  }
  if (value instanceof ArrayBufferCtor) return ArrayBufferSlice(value, 0);
  if (ArrayBufferIsView(value)) {
    const Ctor = ObjectGetPrototypeOf(value).constructor;
    return new Ctor(ArrayBufferSlice(value.buffer, 0), value.byteOffset, value.length);
  }
  copy = {};
  MapSet(seen, value, copy);
  const keys = ObjectKeys(value);
  for (let i = 0; i < keys.length; i++) {
    const child = value[keys[i]];
    if (typeof child === 'function') throw dataCloneError(child);
    defineData(copy, keys[i], cloneValue(child, seen));
  }
  return copy;
}
/** Map/Set contents through the captured iterator methods, so a student override of them is not consulted. */
function listFromIterable(collection) {
  const out = newList();
  const entries = isMap(collection);
  const iterator = entries ? MapEntries(collection) : SetValues(collection);
  const next = entries ? MapIteratorNext : SetIteratorNext;
  for (let step = next(iterator); !step.done; step = next(iterator)) listPush(out, step.value);
  return out;
}

// ---- crypto (Web Crypto's getRandomValues and randomUUID), drawn from the run's seed ----
const cryptoRandom = record();
cryptoRandom.next = null;
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const TypedArrayTag = ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, SymbolToStringTag).get;
const TypedArrayBuffer = ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, 'buffer').get;
const TypedArrayByteOffset = ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, 'byteOffset').get;
const TypedArrayByteLength = ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get;
/** Any typed array but the Float ones (its tag getter reads the internal slot; undefined otherwise). */
function isIntegerTypedArray(value) {
  const tag = isObjectLike(value) ? ReflectApply(TypedArrayTag, value, []) : undefined;
  return tag !== undefined && !StringStartsWith(tag, 'Float');
}
function fillRandom(bytes) {
  for (let i = 0; i < bytes.length; i++) bytes[i] = MathFloor(cryptoRandom.next() * 256);
}
const HEX_DIGITS = '0123456789abcdef';
class Crypto {
  getRandomValues(array) {
    if (!isIntegerTypedArray(array)) {
      throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
    }
    const byteLength = ReflectApply(TypedArrayByteLength, array, []);
    if (byteLength > 65536) {
      throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
    }
    fillRandom(
      new Uint8ArrayCtor(
        ReflectApply(TypedArrayBuffer, array, []),
        ReflectApply(TypedArrayByteOffset, array, []),
        byteLength,
      ),
    );
    return array;
  }
  randomUUID() {
    const bytes = new Uint8ArrayCtor(16);
    fillRandom(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let out = '';
    for (let i = 0; i < 16; i++) {
      if (i === 4 || i === 6 || i === 8 || i === 10) out += '-';
      out += StringSlice(HEX_DIGITS, bytes[i] >> 4, (bytes[i] >> 4) + 1);
      out += StringSlice(HEX_DIGITS, bytes[i] & 15, (bytes[i] & 15) + 1);
    }
    return out;
  }
}
defineHidden(Crypto.prototype, SymbolToStringTag, 'Crypto');
