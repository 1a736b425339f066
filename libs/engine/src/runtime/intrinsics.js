// Trusted prelude, part 1: intrinsics captured before any student code runs.
// The runtime never looks a method up on a prototype at call time: student code may replace any of them.
// Arrays the runtime fills are created with a null prototype (`newList`) so index writes cannot hit setters,
// and no runtime code uses spread, for..of or array destructuring (those consult Symbol.iterator).
const ReflectApply = Reflect.apply;
const uncurry =
  (fn) =>
  (self, ...args) =>
    ReflectApply(fn, self, args);
const ReflectConstruct = Reflect.construct;
const ReflectOwnKeys = Reflect.ownKeys;
const ObjectCreate = Object.create;
const ObjectDefineProperty = Object.defineProperty;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectKeys = Object.keys;
const ObjectIs = Object.is;
const ArrayIsArray = Array.isArray;
const NumberIsNaN = Number.isNaN;
const NumberIsInteger = Number.isInteger;
const MathTrunc = Math.trunc;
const MathMax = Math.max;
const MathMin = Math.min;
const MathFloor = Math.floor;
const MathAbs = Math.abs;
const MathRound = Math.round;
const MathImul = Math.imul;
/** V8's own generator, before configure replaces Math.random with the seeded one: never used for output. */
const MathRandom = Math.random;
const JSONStringify = JSON.stringify;
const JSONParse = JSON.parse;
const StringCtor = String;
const NumberCtor = Number;
const BigIntCtor = BigInt;
const SymbolCtor = Symbol;
const SymbolFor = Symbol.for;
const SymbolIterator = Symbol.iterator;
const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolToPrimitive = Symbol.toPrimitive;
const SymbolToStringTag = Symbol.toStringTag;
const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');
const ErrorCtor = Error;
const TypeErrorCtor = TypeError;
const RangeErrorCtor = RangeError;
const PromiseCtor = Promise;
const PromiseResolve = Promise.resolve.bind(Promise);
const PromiseReject = Promise.reject.bind(Promise);
const PromiseThen = Promise.prototype.then;
const PromisePrototype = Promise.prototype;
const WeakMapCtor = WeakMap;
const WeakMapGet = WeakMap.prototype.get;
const WeakMapSet = WeakMap.prototype.set;
const WeakMapHas = WeakMap.prototype.has;
const WeakMapDelete = WeakMap.prototype.delete;
const MapCtor = Map;
const MapSizeGetter = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
const SetSizeGetter = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
const SetCtor = Set;
const DateCtor = Date;
const DateGetTime = Date.prototype.getTime;
const DateToString = Date.prototype.toString;
const DateToISOString = uncurry(Date.prototype.toISOString);
const RegExpExec = uncurry(RegExp.prototype.exec);
const RegExpCtor = RegExp;
const RegExpSourceGetter = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
const FunctionHasInstance = Function.prototype[Symbol.hasInstance];
const FunctionToString = Function.prototype.toString;
const ErrorPrototype = Error.prototype;
const Uint8ArrayCtor = Uint8Array;
const ArrayBufferCtor = ArrayBuffer;
const ArrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
/** Each boxed primitive kind with the method that unboxes it (and throws for anything else). */
const UNBOX = ObjectCreate(null, {
  Number: { value: Number.prototype.valueOf, enumerable: true },
  String: { value: String.prototype.valueOf, enumerable: true },
  Boolean: { value: Boolean.prototype.valueOf, enumerable: true },
  BigInt: { value: BigInt.prototype.valueOf, enumerable: true },
  Symbol: { value: Symbol.prototype.valueOf, enumerable: true },
});
const BOXED_KINDS = ObjectKeys(UNBOX);

const StringSlice = uncurry(String.prototype.slice);
const StringIndexOf = uncurry(String.prototype.indexOf);
const StringLastIndexOf = uncurry(String.prototype.lastIndexOf);
const StringCharCodeAt = uncurry(String.prototype.charCodeAt);
const StringCodePointAt = uncurry(String.prototype.codePointAt);
const StringToLowerCase = uncurry(String.prototype.toLowerCase);
const StringToUpperCase = uncurry(String.prototype.toUpperCase);
const StringRepeat = uncurry(String.prototype.repeat);
const StringPadStart = uncurry(String.prototype.padStart);
const StringStartsWith = uncurry(String.prototype.startsWith);
const StringEndsWith = uncurry(String.prototype.endsWith);
const StringTrim = uncurry(String.prototype.trim);
const StringToWellFormed = uncurry(String.prototype.toWellFormed);
const StringFromCharCode = String.fromCharCode;
const StringFromCodePoint = String.fromCodePoint;
const ArraySort = uncurry(Array.prototype.sort);
const NumberToFixed = uncurry(Number.prototype.toFixed);
const BigIntToString = uncurry(BigInt.prototype.toString);
const SymbolToString = uncurry(Symbol.prototype.toString);
const MapGet = uncurry(Map.prototype.get);
const MapSet = uncurry(Map.prototype.set);
const MapHas = uncurry(Map.prototype.has);
const SetAdd = uncurry(Set.prototype.add);
const MapEntries = uncurry(Map.prototype.entries);
const SetValues = uncurry(Set.prototype.values);
const MapIteratorNext = uncurry(ObjectGetPrototypeOf(new Map().entries()).next);
const SetIteratorNext = uncurry(ObjectGetPrototypeOf(new Set().values()).next);
const ArrayBufferSlice = uncurry(ArrayBuffer.prototype.slice);
const ArrayBufferIsView = ArrayBuffer.isView;
const ArrayPrototypeValues = Array.prototype.values;
const ArrayPrototypeShift = Array.prototype.shift;

/** Whether `value` has the internal slot `brandGetter` checks: no student code runs, whatever it tampered. */
function hasBrand(value, brandGetter) {
  if (!isObjectLike(value)) return false;
  try {
    ReflectApply(brandGetter, value, []);
    return true;
  } catch {
    return false;
  }
}
const isMap = (value) => hasBrand(value, MapSizeGetter);
const isSet = (value) => hasBrand(value, SetSizeGetter);
const isDate = (value) => hasBrand(value, DateGetTime);
const isRegExp = (value) => hasBrand(value, RegExpSourceGetter);
/** Error.prototype is in the chain (Error.isError is not installed when the runtime snapshot is made). */
function isErrorLike(value) {
  if (!isObjectLike(value)) return false;
  try {
    let current = ObjectGetPrototypeOf(value);
    for (let steps = 0; current !== null && steps < 100; steps++) {
      if (current === ErrorPrototype) return true;
      current = ObjectGetPrototypeOf(current);
    }
  } catch {
    // a Proxy's getPrototypeOf trap threw: not an error for comparison purposes
  }
  return false;
}
/** `value instanceof Ctor` as the language defines it, ignoring a Symbol.hasInstance the student added. */
function isInstanceOf(value, Ctor) {
  return typeof Ctor === 'function' && ReflectApply(FunctionHasInstance, Ctor, [value]);
}
/** An array with no prototype: index writes and length reads never reach student-visible code. */
function newList() {
  return ObjectSetPrototypeOf([], null);
}
function listPush(list, value) {
  list[list.length] = value;
}
/** A plain object with no prototype, for internal records and string-keyed tables. */
function record() {
  return ObjectCreate(null);
}
/** Copies an arguments-like list into a fresh null-prototype list, starting at `from`. */
function listFrom(args, from) {
  const out = newList();
  for (let i = from; i < args.length; i++) out[i - from] = args[i];
  return out;
}
/** A student-visible array (normal prototype) built with defineProperty so setters never run. */
function publicArray(list) {
  const out = [];
  for (let i = 0; i < list.length; i++) {
    ObjectDefineProperty(out, i, { value: list[i], writable: true, enumerable: true, configurable: true });
  }
  return out;
}
/** Splits on a literal single-character separator without consulting Symbol.split. */
function splitOn(text, separator) {
  const parts = newList();
  let start = 0;
  for (;;) {
    const at = StringIndexOf(text, separator, start);
    if (at === -1) break;
    listPush(parts, StringSlice(text, start, at));
    start = at + separator.length;
  }
  listPush(parts, StringSlice(text, start));
  return parts;
}
function joinList(list, separator) {
  let out = '';
  for (let i = 0; i < list.length; i++) out += (i === 0 ? '' : separator) + list[i];
  return out;
}
/** JSON text for a primitive string (no toJSON lookup happens for primitives). */
function quote(text) {
  return JSONStringify(StringToWellFormed(text));
}
function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}
function safeToString(value) {
  try {
    if (typeof value === 'symbol') return SymbolToString(value);
    return StringCtor(value);
  } catch {
    return '[object]';
  }
}
function defineHidden(target, key, value) {
  ObjectDefineProperty(target, key, { value, writable: true, enumerable: false, configurable: true });
}
function defineData(target, key, value) {
  ObjectDefineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}
function defineValues(target, table) {
  const keys = ObjectKeys(table);
  for (let i = 0; i < keys.length; i++) defineHidden(target, keys[i], table[keys[i]]);
}
