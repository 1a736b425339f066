/* eslint-disable @typescript-eslint/no-unused-expressions -- the file's value is this expression */ (function createInspect(
  intrinsics,
) {
  /*
   * Node 24's util.inspect / util.format / util.formatWithOptions, rebuilt for a bare V8 isolate.
   *
   * This file is ONE expression, starting on its first line (nothing but an inline comment before it), so both
   * `new Function('return ' + source)()` and evaluating it as a script yield createInspect. Prettier ends it with a
   * semicolon: do not wrap the text in parentheses. The engine evaluates it inside the isolate before any student
   * code runs and calls it once.
   *
   * It follows the algorithm of Node's lib/internal/util/inspect.js so that console output is byte-for-byte what
   * Node prints, but it only uses standard ECMAScript, captured at creation time: student code runs later and may
   * replace Array.prototype.join, Object.keys, JSON.stringify, String.prototype.*, Symbol.iterator, ...
   * Internal lists and records have a null prototype so that setters planted on Array.prototype / Object.prototype
   * never see our data, strings are split/replaced with hand-written loops (String.prototype.replace/split consult
   * Symbol.replace/Symbol.split on the prototype), and regular expressions are only run through the captured
   * RegExp.prototype.exec.
   *
   * What a bare isolate cannot know, and the optional `intrinsics` hooks that fill the gap:
   *   intrinsics.promiseState(promise) -> undefined | { state: 'pending' | 'fulfilled' | 'rejected', value }
   *     V8 gives JavaScript no synchronous way to read a promise's state. Without this hook (or when it returns
   *     undefined) every promise prints as `Promise { <pending> }`.
   *   intrinsics.getProxyDetails(value) -> undefined (not a proxy) | null (revoked) | { target, handler }
   *     Proxies are invisible to JavaScript. Without this hook a proxy is inspected through its traps (Node looks at
   *     the target instead and never runs a trap), `%o` cannot print `Proxy [ target, handler ]`, and a revoked proxy
   *     throws instead of printing `<Revoked Proxy>`.
   * Also not reproducible without V8 internals: the entries of Map/Set iterators and of WeakMap/WeakSet under
   * showHidden (printed as `<items unknown>`), and the V8 "constructor name" of objects whose prototype chain lost its
   * constructor (we fall back to the builtin kind, e.g. `[Object: null prototype]`).
   */
  'use strict';

  // ---------------------------------------------------------------------------------------------------------------
  // Captured builtins. Everything below runs after student code may have tampered with the globals.
  // ---------------------------------------------------------------------------------------------------------------
  const FunctionPrototype = Function.prototype;
  // uncurryThis(fn)(self, ...args) === fn.call(self, ...args), without looking anything up at call time.
  const uncurryThis = FunctionPrototype.bind.bind(FunctionPrototype.call);
  const getterOf = (proto, key) => uncurryThis(Object.getOwnPropertyDescriptor(proto, key).get);

  const ObjectCtor = Object;
  const ObjectPrototype = Object.prototype;
  const ObjectKeys = Object.keys;
  const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
  const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
  const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  const ObjectGetPrototypeOf = Object.getPrototypeOf;
  const ObjectSetPrototypeOf = Object.setPrototypeOf;
  const ObjectDefineProperty = Object.defineProperty;
  const ObjectIs = Object.is;
  const ObjectIsExtensible = Object.isExtensible;
  const ObjectHasOwn = Object.hasOwn;
  const ObjectAssign = Object.assign;
  const ObjectSeal = Object.seal;
  const ObjectFreeze = Object.freeze;
  const ObjectPrototypeToString = uncurryThis(ObjectPrototype.toString);
  const ObjectPrototypePropertyIsEnumerable = uncurryThis(ObjectPrototype.propertyIsEnumerable);
  const ReflectOwnKeys = Reflect.ownKeys;
  const ReflectApply = Reflect.apply;
  const FunctionPrototypeToString = uncurryThis(FunctionPrototype.toString);
  const OrdinaryHasInstance = uncurryThis(FunctionPrototype[Symbol.hasInstance]);

  const ArrayIsArray = Array.isArray;
  const ArrayPrototype = Array.prototype;
  const ArrayPrototypeSort = uncurryThis(ArrayPrototype.sort);

  const StringCtor = String;
  const StringPrototype = String.prototype;
  const StringPrototypeSlice = uncurryThis(StringPrototype.slice);
  const StringPrototypeCharCodeAt = uncurryThis(StringPrototype.charCodeAt);
  const StringPrototypeCodePointAt = uncurryThis(StringPrototype.codePointAt);
  const StringPrototypeIndexOf = uncurryThis(StringPrototype.indexOf);
  const StringPrototypeIncludes = uncurryThis(StringPrototype.includes);
  const StringPrototypeStartsWith = uncurryThis(StringPrototype.startsWith);
  const StringPrototypeEndsWith = uncurryThis(StringPrototype.endsWith);
  const StringPrototypeRepeat = uncurryThis(StringPrototype.repeat);
  const StringPrototypePadStart = uncurryThis(StringPrototype.padStart);
  const StringPrototypePadEnd = uncurryThis(StringPrototype.padEnd);
  const StringPrototypeToLowerCase = uncurryThis(StringPrototype.toLowerCase);
  const StringPrototypeNormalize = uncurryThis(StringPrototype.normalize);
  const StringPrototypeValueOf = uncurryThis(StringPrototype.valueOf);

  const NumberCtor = Number;
  const NumberPrototype = Number.prototype;
  const NumberPrototypeToString = uncurryThis(NumberPrototype.toString);
  const NumberPrototypeValueOf = uncurryThis(NumberPrototype.valueOf);
  const NumberIsNaN = Number.isNaN;
  const NumberIsFinite = Number.isFinite;
  const NumberParseInt = Number.parseInt;
  const NumberParseFloat = Number.parseFloat;
  const BooleanPrototype = Boolean.prototype;
  const BooleanPrototypeValueOf = uncurryThis(BooleanPrototype.valueOf);
  const BigIntPrototypeValueOf = uncurryThis(BigInt.prototype.valueOf);
  const SymbolPrototypeToString = uncurryThis(Symbol.prototype.toString);
  const SymbolPrototypeValueOf = uncurryThis(Symbol.prototype.valueOf);
  const SymbolToStringTag = Symbol.toStringTag;
  const SymbolToPrimitive = Symbol.toPrimitive;
  const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

  const MathFloor = Math.floor;
  const MathMax = Math.max;
  const MathMin = Math.min;
  const MathRound = Math.round;
  const MathSqrt = Math.sqrt;
  const MathTrunc = Math.trunc;

  const MapCtor = Map;
  const MapPrototype = Map.prototype;
  const MapPrototypeGet = uncurryThis(MapPrototype.get);
  const MapPrototypeSet = uncurryThis(MapPrototype.set);
  const MapPrototypeEntries = uncurryThis(MapPrototype.entries);
  const MapPrototypeGetSize = getterOf(MapPrototype, 'size');
  const MapIteratorNext = uncurryThis(ObjectGetPrototypeOf(new Map().entries()).next);
  const SetCtor = Set;
  const SetPrototype = Set.prototype;
  const SetPrototypeHas = uncurryThis(SetPrototype.has);
  const SetPrototypeAdd = uncurryThis(SetPrototype.add);
  const SetPrototypeValues = uncurryThis(SetPrototype.values);
  const SetPrototypeGetSize = getterOf(SetPrototype, 'size');
  const SetIteratorNext = uncurryThis(ObjectGetPrototypeOf(new Set().values()).next);
  const WeakMapPrototype = WeakMap.prototype;
  const WeakMapPrototypeHas = uncurryThis(WeakMapPrototype.has);
  const WeakSetPrototype = WeakSet.prototype;
  const WeakSetPrototypeHas = uncurryThis(WeakSetPrototype.has);

  const DatePrototype = Date.prototype;
  const DatePrototypeGetTime = uncurryThis(DatePrototype.getTime);
  const DatePrototypeToISOString = uncurryThis(DatePrototype.toISOString);
  const DatePrototypeToString = uncurryThis(DatePrototype.toString);

  const RegExpPrototype = RegExp.prototype;
  const RegExpPrototypeExec = uncurryThis(RegExpPrototype.exec);
  const RegExpPrototypeGetSource = getterOf(RegExpPrototype, 'source');
  // Flag getters in the order RegExp.prototype.flags reads them; `flags` itself would read tamperable properties.
  const regExpFlagGetters = [];
  for (const [flag, key] of [
    ['d', 'hasIndices'],
    ['g', 'global'],
    ['i', 'ignoreCase'],
    ['m', 'multiline'],
    ['s', 'dotAll'],
    ['u', 'unicode'],
    ['v', 'unicodeSets'],
    ['y', 'sticky'],
  ]) {
    if (ObjectGetOwnPropertyDescriptor(RegExpPrototype, key) !== undefined) {
      regExpFlagGetters[regExpFlagGetters.length] = [flag, getterOf(RegExpPrototype, key)];
    }
  }
  ObjectSetPrototypeOf(regExpFlagGetters, null);

  const ErrorCtor = Error;
  const ErrorPrototype = Error.prototype;
  const ErrorPrototypeToString = uncurryThis(ErrorPrototype.toString);
  const ErrorIsError = typeof Error.isError === 'function' ? Error.isError : undefined;
  const RangeErrorCtor = RangeError;
  const ReferenceErrorCtor = ReferenceError;
  const TypeErrorCtor = TypeError;
  const JSONStringify = JSON.stringify;

  const TypedArray = ObjectGetPrototypeOf(Uint8Array);
  const TypedArrayPrototype = TypedArray.prototype;
  const TypedArrayPrototypeGetLength = getterOf(TypedArrayPrototype, 'length');
  const TypedArrayPrototypeGetSymbolToStringTag = getterOf(TypedArrayPrototype, SymbolToStringTag);
  const Uint8ArrayCtor = Uint8Array;
  const ArrayBufferPrototype = ArrayBuffer.prototype;
  const ArrayBufferIsView = ArrayBuffer.isView;
  const ArrayBufferPrototypeGetByteLength = getterOf(ArrayBufferPrototype, 'byteLength');
  const SharedArrayBufferPrototypeGetByteLength =
    typeof SharedArrayBuffer === 'function' ? getterOf(SharedArrayBuffer.prototype, 'byteLength') : undefined;
  const DataViewPrototype = DataView.prototype;
  const DataViewPrototypeGetBuffer = getterOf(DataViewPrototype, 'buffer');
  // The typed array constructors by tag, to rebuild a typed array whose prototype was removed.
  const typedArrayConstructors = { __proto__: null };
  for (const ctor of [
    Int8Array,
    Uint8Array,
    Uint8ClampedArray,
    Int16Array,
    Uint16Array,
    Int32Array,
    Uint32Array,
    Float32Array,
    Float64Array,
    BigInt64Array,
    BigUint64Array,
  ]) {
    typedArrayConstructors[ctor.name] = ctor;
  }
  if (typeof Float16Array === 'function') typedArrayConstructors.Float16Array = Float16Array;

  // The real %Promise.prototype% and function kinds, taken from syntax so that replaced globals cannot fool us.
  const PromisePrototype = ObjectGetPrototypeOf((async () => {})());
  const PromiseCtor = PromisePrototype.constructor;
  const AsyncFunctionPrototype = ObjectGetPrototypeOf(async function () {});
  const GeneratorFunctionPrototype = ObjectGetPrototypeOf(function* () {});
  const AsyncGeneratorFunctionPrototype = ObjectGetPrototypeOf(async function* () {});

  const hooks = intrinsics === undefined || intrinsics === null ? { __proto__: null } : intrinsics;
  const promiseStateHook = typeof hooks.promiseState === 'function' ? hooks.promiseState : undefined;
  const proxyDetailsHook = typeof hooks.getProxyDetails === 'function' ? hooks.getProxyDetails : undefined;

  // ---------------------------------------------------------------------------------------------------------------
  // Small tamper-proof helpers.
  // ---------------------------------------------------------------------------------------------------------------

  /** A fresh array that no setter on Array.prototype can observe. */
  function newList() {
    return ObjectSetPrototypeOf([], null);
  }

  function push(list, item) {
    list[list.length] = item;
  }

  function listFrom(arrayLike) {
    const list = newList();
    for (let i = 0; i < arrayLike.length; i++) list[i] = arrayLike[i];
    return list;
  }

  function listIncludes(list, item) {
    for (let i = 0; i < list.length; i++) if (list[i] === item) return true;
    return false;
  }

  function listIndexOf(list, item) {
    for (let i = 0; i < list.length; i++) if (list[i] === item) return i;
    return -1;
  }

  /** Array.prototype.splice(start, deleteCount, ...items) on our own lists. */
  function listSplice(list, start, deleteCount, items) {
    const tail = newList();
    for (let i = start + deleteCount; i < list.length; i++) push(tail, list[i]);
    list.length = start;
    if (items !== undefined) for (let i = 0; i < items.length; i++) push(list, items[i]);
    for (let i = 0; i < tail.length; i++) push(list, tail[i]);
  }

  function join(list, separator) {
    let str = '';
    if (list.length !== 0) {
      const lastIndex = list.length - 1;
      for (let i = 0; i < lastIndex; i++) {
        str += list[i];
        str += separator;
      }
      str += list[lastIndex];
    }
    return str;
  }

  function splitString(str, separator) {
    const parts = newList();
    let from = 0;
    for (;;) {
      const at = StringPrototypeIndexOf(str, separator, from);
      if (at === -1) break;
      push(parts, StringPrototypeSlice(str, from, at));
      from = at + separator.length;
    }
    push(parts, StringPrototypeSlice(str, from));
    return parts;
  }

  function replaceAllString(str, search, replacement) {
    return join(splitString(str, search), replacement);
  }

  /** String.prototype.replace(str, search: string, replacement: string), including `$` substitutions. */
  function replaceFirstString(str, search, replacement) {
    const at = StringPrototypeIndexOf(str, search);
    if (at === -1) return str;
    let result = '';
    for (let i = 0; i < replacement.length; i++) {
      const char = replacement[i];
      const next = replacement[i + 1];
      if (char === '$' && next === '$') {
        result += '$';
        i++;
      } else if (char === '$' && next === '&') {
        result += search;
        i++;
      } else if (char === '$' && next === '`') {
        result += StringPrototypeSlice(str, 0, at);
        i++;
      } else if (char === '$' && next === "'") {
        result += StringPrototypeSlice(str, at + search.length);
        i++;
      } else {
        result += char;
      }
    }
    return StringPrototypeSlice(str, 0, at) + result + StringPrototypeSlice(str, at + search.length);
  }

  function regExpTest(re, str) {
    return RegExpPrototypeExec(re, str) !== null;
  }

  /** str.replace(globalRegExp, replacer) using only the captured exec. */
  function replaceRegExpGlobal(re, str, replacer) {
    let result = '';
    let last = 0;
    re.lastIndex = 0;
    for (;;) {
      const match = RegExpPrototypeExec(re, str);
      if (match === null) break;
      const matched = match[0];
      result += StringPrototypeSlice(str, last, match.index) + replacer(matched);
      last = match.index + matched.length;
      if (matched.length === 0) re.lastIndex++;
    }
    re.lastIndex = 0;
    return result + StringPrototypeSlice(str, last);
  }

  /** A Map that keeps working when Map.prototype is tampered with. */
  function newMap() {
    return new MapCtor();
  }

  /** Own property descriptor as a null-prototype record (reading `desc.get` must not reach Object.prototype). */
  function getOwnDescriptor(object, key) {
    const desc = ObjectGetOwnPropertyDescriptor(object, key);
    if (desc === undefined) return undefined;
    return {
      __proto__: null,
      value: ObjectHasOwn(desc, 'value') ? desc.value : undefined,
      get: ObjectHasOwn(desc, 'get') ? desc.get : undefined,
      set: ObjectHasOwn(desc, 'set') ? desc.set : undefined,
      enumerable: desc.enumerable,
    };
  }

  // A Proxy's getPrototypeOf trap can fake an endless prototype chain; every walk gives up after this many steps.
  const kMaxPrototypeChain = 1000;

  function hasPrototypeInChain(value, proto) {
    let current = ObjectGetPrototypeOf(value);
    for (let steps = 0; current !== null && steps < kMaxPrototypeChain; steps++) {
      if (current === proto) return true;
      current = ObjectGetPrototypeOf(current);
    }
    return false;
  }

  /**
   * Run a brand-checking builtin: it throws a TypeError for anything that lacks the internal slot. Capturing that
   * error's stack trace is most of the cost, so Error.stackTraceLimit is 0 meanwhile (no student code can run then);
   * a limit the student turned into an accessor or froze is left alone.
   */
  function hasBrand(check, value) {
    const limit = ObjectGetOwnPropertyDescriptor(ErrorCtor, 'stackTraceLimit');
    const mute = limit !== undefined && ObjectHasOwn(limit, 'value') && limit.writable === true;
    if (mute) ErrorCtor.stackTraceLimit = 0;
    try {
      check(value);
      return true;
    } catch {
      return false;
    } finally {
      if (mute) ErrorCtor.stackTraceLimit = limit.value;
    }
  }

  const weakMapHas = (value) => WeakMapPrototypeHas(value, ObjectPrototype);
  const weakSetHas = (value) => WeakSetPrototypeHas(value, ObjectPrototype);

  // ---------------------------------------------------------------------------------------------------------------
  // Type checks (what util.types does with V8 internals).
  // ---------------------------------------------------------------------------------------------------------------
  const isMap = (value) => hasBrand(MapPrototypeGetSize, value);
  const isSet = (value) => hasBrand(SetPrototypeGetSize, value);
  const isWeakMap = (value) => hasBrand(weakMapHas, value);
  const isWeakSet = (value) => hasBrand(weakSetHas, value);
  const isDate = (value) => hasBrand(DatePrototypeGetTime, value);
  // The `source` getter answers "(?:)" for RegExp.prototype itself, which is not a RegExp.
  const isRegExp = (value) => value !== RegExpPrototype && hasBrand(RegExpPrototypeGetSource, value);
  const isTypedArray = (value) => TypedArrayPrototypeGetSymbolToStringTag(value) !== undefined;
  const isArrayBuffer = (value) => hasBrand(ArrayBufferPrototypeGetByteLength, value);
  const isSharedArrayBuffer = (value) =>
    SharedArrayBufferPrototypeGetByteLength !== undefined &&
    hasBrand(SharedArrayBufferPrototypeGetByteLength, value);
  const isDataView = (value) => hasBrand(DataViewPrototypeGetBuffer, value);
  const isNumberObject = (value) => hasBrand(NumberPrototypeValueOf, value);
  const isStringObject = (value) => hasBrand(StringPrototypeValueOf, value);
  const isBooleanObject = (value) => hasBrand(BooleanPrototypeValueOf, value);
  const isBigIntObject = (value) => hasBrand(BigIntPrototypeValueOf, value);
  const isSymbolObject = (value) => hasBrand(SymbolPrototypeValueOf, value);
  const isBoxedPrimitive = (value, kinds) =>
    ((kinds & KIND_BOXED) !== 0 &&
      (isNumberObject(value) || isStringObject(value) || isBooleanObject(value))) ||
    ((kinds & KIND_BOXED_OTHER) !== 0 && (isBigIntObject(value) || isSymbolObject(value)));
  // No brand check exists for promises in ECMAScript; the real %Promise.prototype% in the chain is the best proxy.
  const isPromise = (value) => hasPrototypeInChain(value, PromisePrototype);

  // Brand checks throw for every non-match, and exceptions are slow (microseconds each). Objects with an internal
  // slot are created by a builtin constructor, so its prototype is in their chain unless the chain was rewired: only
  // the brands whose prototypes appear are checked. A builtin prototype object itself, or a chain that never reaches
  // Object.prototype (null-prototype objects), could be anything; cheaper non-throwing tests narrow that down.
  const KIND_MAP = 1;
  const KIND_SET = 2;
  const KIND_WEAK_MAP = 4;
  const KIND_WEAK_SET = 8;
  const KIND_DATE = 16;
  const KIND_REGEXP = 32;
  const KIND_ARRAY_BUFFER = 64;
  const KIND_DATA_VIEW = 128;
  const KIND_BOXED = 256; // Number, String and Boolean objects
  const KIND_TYPED_ARRAY = 512;
  const KIND_BOXED_OTHER = 1024; // BigInt and Symbol objects
  const KIND_ANY = 2047;
  const KIND_VIEWS = KIND_TYPED_ARRAY | KIND_DATA_VIEW;
  const kindByPrototype = new MapCtor();
  MapPrototypeSet(kindByPrototype, MapPrototype, KIND_MAP);
  MapPrototypeSet(kindByPrototype, SetPrototype, KIND_SET);
  MapPrototypeSet(kindByPrototype, WeakMapPrototype, KIND_WEAK_MAP);
  MapPrototypeSet(kindByPrototype, WeakSetPrototype, KIND_WEAK_SET);
  MapPrototypeSet(kindByPrototype, DatePrototype, KIND_DATE);
  MapPrototypeSet(kindByPrototype, RegExpPrototype, KIND_REGEXP);
  MapPrototypeSet(kindByPrototype, ArrayBufferPrototype, KIND_ARRAY_BUFFER);
  if (typeof SharedArrayBuffer === 'function') {
    MapPrototypeSet(kindByPrototype, SharedArrayBuffer.prototype, KIND_ARRAY_BUFFER);
  }
  MapPrototypeSet(kindByPrototype, DataViewPrototype, KIND_DATA_VIEW);
  MapPrototypeSet(kindByPrototype, NumberPrototype, KIND_BOXED);
  MapPrototypeSet(kindByPrototype, StringPrototype, KIND_BOXED);
  MapPrototypeSet(kindByPrototype, BooleanPrototype, KIND_BOXED);
  MapPrototypeSet(kindByPrototype, BigInt.prototype, KIND_BOXED_OTHER);
  MapPrototypeSet(kindByPrototype, Symbol.prototype, KIND_BOXED_OTHER);
  MapPrototypeSet(kindByPrototype, TypedArrayPrototype, KIND_TYPED_ARRAY);

  function possibleKinds(value) {
    if (MapPrototypeGet(kindByPrototype, value) !== undefined) return KIND_ANY;
    let kinds = 0;
    let proto = ObjectGetPrototypeOf(value);
    for (let steps = 0; proto !== null && steps < kMaxPrototypeChain; steps++) {
      if (proto === ObjectPrototype) return kinds;
      const kind = MapPrototypeGet(kindByPrototype, proto);
      if (kind !== undefined) kinds |= kind;
      proto = ObjectGetPrototypeOf(proto);
    }
    return kindsWithoutObjectPrototype(value);
  }

  // Object.prototype.toString's builtin tag ("Date", "Number", ... or "Object") is exact unless a Symbol.toStringTag
  // along the chain overrides it.
  const kindByBuiltinTag = {
    __proto__: null,
    Object: KIND_MAP | KIND_SET | KIND_WEAK_MAP | KIND_WEAK_SET | KIND_ARRAY_BUFFER | KIND_BOXED_OTHER,
    Date: KIND_DATE,
    RegExp: KIND_REGEXP,
    Number: KIND_BOXED,
    String: KIND_BOXED,
    Boolean: KIND_BOXED,
    Array: 0,
    Arguments: 0,
    Function: 0,
    Error: 0,
  };

  function kindsWithoutObjectPrototype(value) {
    if (ArrayBufferIsView(value)) return KIND_VIEWS;
    let current = value;
    for (let steps = 0; current !== null; steps++) {
      if (steps === kMaxPrototypeChain || getOwnDescriptor(current, SymbolToStringTag) !== undefined) {
        return KIND_ANY & ~KIND_VIEWS;
      }
      current = ObjectGetPrototypeOf(current);
    }
    const kinds = kindByBuiltinTag[StringPrototypeSlice(ObjectPrototypeToString(value), 8, -1)];
    return kinds === undefined ? KIND_ANY & ~KIND_VIEWS : kinds;
  }

  function isError(value) {
    if (ErrorIsError !== undefined && ErrorIsError(value)) return true;
    return OrdinaryHasInstance(ErrorCtor, value);
  }

  function isArgumentsObject(value) {
    return (
      ObjectHasOwn(value, 'callee') &&
      ObjectHasOwn(value, 'length') &&
      !ArrayIsArray(value) &&
      ObjectPrototypeToString(value) === '[object Arguments]'
    );
  }

  function isModuleNamespaceObject(value) {
    if (ObjectGetPrototypeOf(value) !== null || ObjectIsExtensible(value)) return false;
    const desc = getOwnDescriptor(value, SymbolToStringTag);
    return desc !== undefined && desc.value === 'Module' && desc.enumerable === false;
  }

  function isNativeCode(fn) {
    return StringPrototypeEndsWith(FunctionPrototypeToString(fn), '[native code] }');
  }

  // Bound functions share their target's prototype but V8 does not count them as async or generator functions.
  function isAsyncFunction(fn) {
    const proto = ObjectGetPrototypeOf(fn);
    return (
      (proto === AsyncFunctionPrototype || proto === AsyncGeneratorFunctionPrototype) && !isNativeCode(fn)
    );
  }

  function isGeneratorFunction(fn) {
    const proto = ObjectGetPrototypeOf(fn);
    return (
      (proto === GeneratorFunctionPrototype || proto === AsyncGeneratorFunctionPrototype) && !isNativeCode(fn)
    );
  }

  function getProxyDetails(value) {
    return proxyDetailsHook === undefined ? undefined : proxyDetailsHook(value);
  }

  /** The value of a data property found along the prototype chain (accessors are not run), like V8's lookups. */
  function getDataPropertyInChain(value, key) {
    let current = value;
    for (let steps = 0; current !== null && steps < kMaxPrototypeChain; steps++) {
      const desc = getOwnDescriptor(current, key);
      if (desc !== undefined)
        return desc.get === undefined && desc.set === undefined ? desc.value : undefined;
      current = ObjectGetPrototypeOf(current);
    }
    return undefined;
  }

  /** V8's class name of a builtin object kind. */
  function getClassName(value) {
    if (typeof value === 'function') return 'Function';
    if (ArrayIsArray(value)) return 'Array';
    if (isTypedArray(value)) return TypedArrayPrototypeGetSymbolToStringTag(value);
    if (isMap(value)) return 'Map';
    if (isSet(value)) return 'Set';
    if (isWeakMap(value)) return 'WeakMap';
    if (isWeakSet(value)) return 'WeakSet';
    if (isDate(value)) return 'Date';
    if (isRegExp(value)) return 'RegExp';
    if (isArrayBuffer(value)) return 'ArrayBuffer';
    if (isDataView(value)) return 'DataView';
    if (isNumberObject(value)) return 'Number';
    if (isStringObject(value)) return 'String';
    if (isBooleanObject(value)) return 'Boolean';
    if (isBigIntObject(value)) return 'BigInt';
    if (isSymbolObject(value)) return 'Symbol';
    if (ErrorIsError !== undefined && ErrorIsError(value)) return 'Error';
    return 'Object';
  }

  /**
   * V8's GetConstructorName for an object whose prototype chain names no usable constructor. V8 first asks the
   * object's hidden class for the constructor that created it, which JavaScript cannot see; the remaining steps are
   * reproduced: a string Symbol.toStringTag data property, then the class name of a prototype-less object, then a
   * `constructor` data property, then the class name.
   */
  function internalGetConstructorName(value, className) {
    const tag = getDataPropertyInChain(value, SymbolToStringTag);
    if (typeof tag === 'string') return tag;
    if (ObjectGetPrototypeOf(value) === null) return className ?? getClassName(value);
    const constructor = getDataPropertyInChain(value, 'constructor');
    if (typeof constructor === 'function') {
      const name = getOwnDescriptor(constructor, 'name');
      if (
        name !== undefined &&
        typeof name.value === 'string' &&
        name.value !== '' &&
        name.value !== 'Object'
      ) {
        return name.value;
      }
    }
    return className ?? getClassName(value);
  }

  function isStackOverflowError(err) {
    try {
      return OrdinaryHasInstance(RangeErrorCtor, err) && err.message === 'Maximum call stack size exceeded';
    } catch {
      return false;
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Options.
  // ---------------------------------------------------------------------------------------------------------------
  const inspectDefaultOptions = ObjectSeal({
    showHidden: false,
    depth: 2,
    colors: false,
    customInspect: true,
    showProxy: false,
    maxArrayLength: 100,
    maxStringLength: 10000,
    breakLength: 80,
    compact: 3,
    sorted: false,
    getters: false,
    numericSeparator: false,
  });
  const optionNames = listFrom(ObjectKeys(inspectDefaultOptions));

  // Names Node's inspect treats as language builtins (the ECMAScript globals present when Node loads util).
  const builtInObjects = new SetCtor();
  const builtInNames =
    'Object Function Array Number Infinity NaN Boolean String Symbol Date Promise RegExp Error AggregateError ' +
    'EvalError RangeError ReferenceError SyntaxError TypeError URIError JSON Math Intl ArrayBuffer Atomics ' +
    'Uint8Array Int8Array Uint16Array Int16Array Uint32Array Int32Array BigUint64Array BigInt64Array ' +
    'Uint8ClampedArray Float32Array Float64Array DataView Map BigInt Set Iterator WeakMap WeakSet Proxy Reflect ' +
    'FinalizationRegistry WeakRef';
  for (const name of builtInNames.split(' ')) SetPrototypeAdd(builtInObjects, name);
  const isBuiltInName = (name) => SetPrototypeHas(builtInObjects, name);

  const kObjectType = 0;
  const kArrayType = 1;
  const kArrayExtrasType = 2;
  const kMinLineLength = 16;

  // ---------------------------------------------------------------------------------------------------------------
  // Colors (only used with `colors: true`).
  // ---------------------------------------------------------------------------------------------------------------
  const defaultFG = 39;
  const defaultBG = 49;
  const colors = {
    __proto__: null,
    reset: [0, 0],
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    blink: [5, 25],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29],
    doubleunderline: [21, 24],
    black: [30, defaultFG],
    red: [31, defaultFG],
    green: [32, defaultFG],
    yellow: [33, defaultFG],
    blue: [34, defaultFG],
    magenta: [35, defaultFG],
    cyan: [36, defaultFG],
    white: [37, defaultFG],
    bgBlack: [40, defaultBG],
    bgRed: [41, defaultBG],
    bgGreen: [42, defaultBG],
    bgYellow: [43, defaultBG],
    bgBlue: [44, defaultBG],
    bgMagenta: [45, defaultBG],
    bgCyan: [46, defaultBG],
    bgWhite: [47, defaultBG],
    framed: [51, 54],
    overlined: [53, 55],
    gray: [90, defaultFG],
    redBright: [91, defaultFG],
    greenBright: [92, defaultFG],
    yellowBright: [93, defaultFG],
    blueBright: [94, defaultFG],
    magentaBright: [95, defaultFG],
    cyanBright: [96, defaultFG],
    whiteBright: [97, defaultFG],
    bgGray: [100, defaultBG],
    bgRedBright: [101, defaultBG],
    bgGreenBright: [102, defaultBG],
    bgYellowBright: [103, defaultBG],
    bgBlueBright: [104, defaultBG],
    bgMagentaBright: [105, defaultBG],
    bgCyanBright: [106, defaultBG],
    bgWhiteBright: [107, defaultBG],
  };
  for (const [alias, target] of [
    ['grey', 'gray'],
    ['blackBright', 'gray'],
    ['bgGrey', 'bgGray'],
    ['bgBlackBright', 'bgGray'],
    ['faint', 'dim'],
    ['crossedout', 'strikethrough'],
    ['strikeThrough', 'strikethrough'],
    ['crossedOut', 'strikethrough'],
    ['conceal', 'hidden'],
    ['swapColors', 'inverse'],
    ['swapcolors', 'inverse'],
    ['doubleUnderline', 'doubleunderline'],
  ]) {
    ObjectDefineProperty(colors, alias, {
      __proto__: null,
      get() {
        return this[target];
      },
      set(value) {
        this[target] = value;
      },
      configurable: true,
      enumerable: false,
    });
  }
  const styles = {
    __proto__: null,
    special: 'cyan',
    number: 'yellow',
    bigint: 'yellow',
    boolean: 'yellow',
    undefined: 'grey',
    null: 'bold',
    string: 'green',
    symbol: 'green',
    date: 'magenta',
    regexp: 'red',
    module: 'underline',
  };

  function stylizeWithColor(str, styleType) {
    const style = styles[styleType];
    if (style !== undefined) {
      const color = colors[style];
      if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
    }
    return str;
  }

  function stylizeNoColor(str) {
    return str;
  }

  const ansiRegExp = new RegExp(
    '(?:\\u001B\\][\\s\\S]*?(?:\\u0007|\\u001B\\u005C|\\u009C))' +
      '|[\\u001B\\u009B][[\\]()#;?]*' +
      '(?:\\d{1,4}(?:[;:]\\d{0,4})*)?' +
      '[\\dA-PR-TZcf-nq-uy=><~]',
    'g',
  );

  function removeColors(str) {
    if (StringPrototypeIndexOf(str, '\u001B') === -1 && StringPrototypeIndexOf(str, '\u009B') === -1)
      return str;
    return replaceRegExpGlobal(ansiRegExp, str, () => '');
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Display width (Node asks ICU; this reproduces its rules: East Asian wide/fullwidth and emoji presentation take
  // two columns, control/format characters and combining marks take none).
  // ---------------------------------------------------------------------------------------------------------------
  const zeroWidthRegExp = /^[\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Emoji_Modifier}]$/u;
  const emojiPresentationRegExp = /^\p{Emoji_Presentation}$/u;

  function isFullWidthCodePoint(code) {
    return (
      code >= 0x1100 &&
      (code <= 0x115f ||
        code === 0x2329 ||
        code === 0x232a ||
        (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
        (code >= 0x3250 && code <= 0x4dbf) ||
        (code >= 0x4e00 && code <= 0xa4c6) ||
        (code >= 0xa960 && code <= 0xa97c) ||
        (code >= 0xac00 && code <= 0xd7a3) ||
        (code >= 0xf900 && code <= 0xfaff) ||
        (code >= 0xfe10 && code <= 0xfe19) ||
        (code >= 0xfe30 && code <= 0xfe6b) ||
        (code >= 0xff01 && code <= 0xff60) ||
        (code >= 0xffe0 && code <= 0xffe6) ||
        (code >= 0x1b000 && code <= 0x1b001) ||
        (code >= 0x1f200 && code <= 0x1f251) ||
        (code >= 0x20000 && code <= 0x3fffd))
    );
  }

  function codePointWidth(code, char) {
    if (isFullWidthCodePoint(code) || regExpTest(emojiPresentationRegExp, char)) return 2;
    if (code !== 0xad && regExpTest(zeroWidthRegExp, char)) return 0;
    return 1;
  }

  function getStringWidth(str, removeControlChars) {
    if (removeControlChars) str = removeColors(str);
    let width = 0;
    for (let i = 0; i < str.length; i++) {
      const code = StringPrototypeCharCodeAt(str, i);
      if (code >= 127) {
        const rest = StringPrototypeNormalize(StringPrototypeSlice(str, i), 'NFC');
        for (let j = 0; j < rest.length; j++) {
          const point = StringPrototypeCodePointAt(rest, j);
          const size = point > 0xffff ? 2 : 1;
          width += codePointWidth(point, StringPrototypeSlice(rest, j, j + size));
          j += size - 1;
        }
        break;
      }
      width += code >= 32 ? 1 : 0;
    }
    return width;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Strings, numbers and other primitives.
  // ---------------------------------------------------------------------------------------------------------------
  // Escapes for control characters, the single quote and the backslash, by char code ('' = printed as is).
  const meta = newList();
  for (let code = 0; code < 160; code++) {
    meta[code] = code < 32 || code > 126 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : '';
  }
  meta[8] = '\\b';
  meta[9] = '\\t';
  meta[10] = '\\n';
  meta[12] = '\\f';
  meta[13] = '\\r';
  meta[39] = "\\'";
  meta[92] = '\\\\';

  /**
   * Escape control characters, the backslash, lone surrogates and (when `quote` is the single quote's char code)
   * single quotes. Other quote choices pass -1/-2, which no char code equals.
   */
  function escapeChars(str, quote) {
    let result = '';
    let last = 0;
    for (let i = 0; i < str.length; i++) {
      const point = StringPrototypeCharCodeAt(str, i);
      if (point === quote || point === 92 || point < 32 || (point > 126 && point < 160)) {
        result += StringPrototypeSlice(str, last, i) + meta[point];
        last = i + 1;
      } else if (point >= 0xd800 && point <= 0xdfff) {
        if (point <= 0xdbff && i + 1 < str.length) {
          const next = StringPrototypeCharCodeAt(str, i + 1);
          if (next >= 0xdc00 && next <= 0xdfff) {
            i++;
            continue;
          }
        }
        result += `${StringPrototypeSlice(str, last, i)}\\u${NumberPrototypeToString(point, 16)}`;
        last = i + 1;
      }
    }
    return last === 0 ? str : result + StringPrototypeSlice(str, last);
  }

  /** Quote a string the way Node does: single quotes, unless the text has some and another quote is free. */
  function strEscape(str) {
    let quote = 39;
    if (StringPrototypeIncludes(str, "'")) {
      if (!StringPrototypeIncludes(str, '"')) {
        quote = -1;
      } else if (!StringPrototypeIncludes(str, '`') && !StringPrototypeIncludes(str, '${')) {
        quote = -2;
      }
    }
    const escaped = escapeChars(str, quote);
    if (quote === -1) return `"${escaped}"`;
    if (quote === -2) return `\`${escaped}\``;
    return `'${escaped}'`;
  }

  function addNumericSeparator(integerString) {
    let result = '';
    let i = integerString.length;
    const start = integerString[0] === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) {
      result = `_${StringPrototypeSlice(integerString, i - 3, i)}${result}`;
    }
    return i === integerString.length
      ? integerString
      : `${StringPrototypeSlice(integerString, 0, i)}${result}`;
  }

  function addNumericSeparatorEnd(integerString) {
    let result = '';
    let i = 0;
    for (; i < integerString.length - 3; i += 3) {
      result += `${StringPrototypeSlice(integerString, i, i + 3)}_`;
    }
    return i === 0 ? integerString : `${result}${StringPrototypeSlice(integerString, i)}`;
  }

  const remainingText = (remaining) => `... ${remaining} more item${remaining > 1 ? 's' : ''}`;

  function formatNumber(fn, number, numericSeparator) {
    if (ObjectIs(number, -0)) return fn('-0', 'number');
    const numberString = `${number}`;
    if (!numericSeparator) return fn(numberString, 'number');
    const integer = MathTrunc(number);
    if (integer === number) {
      if (!NumberIsFinite(number) || StringPrototypeIncludes(numberString, 'e'))
        return fn(numberString, 'number');
      return fn(addNumericSeparator(numberString), 'number');
    }
    if (NumberIsNaN(number) || StringPrototypeIncludes(numberString, 'e')) return fn(numberString, 'number');
    const decimalIndex = StringPrototypeIndexOf(numberString, '.');
    const integerPart = StringPrototypeSlice(numberString, 0, decimalIndex);
    const fractionalPart = StringPrototypeSlice(numberString, decimalIndex + 1);
    return fn(`${addNumericSeparator(integerPart)}.${addNumericSeparatorEnd(fractionalPart)}`, 'number');
  }

  function formatBigInt(fn, bigint, numericSeparator) {
    const string = `${bigint}`;
    if (!numericSeparator) return fn(`${string}n`, 'bigint');
    return fn(`${addNumericSeparator(string)}n`, 'bigint');
  }

  /** Split after every newline except a final one, like `str.split(/(?<=\n)/)`. */
  function splitAfterNewlines(str) {
    const lines = newList();
    let from = 0;
    for (let i = 0; i < str.length - 1; i++) {
      if (StringPrototypeCharCodeAt(str, i) === 10) {
        push(lines, StringPrototypeSlice(str, from, i + 1));
        from = i + 1;
      }
    }
    push(lines, StringPrototypeSlice(str, from));
    return lines;
  }

  function formatPrimitive(fn, value, ctx) {
    if (typeof value === 'string') {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = StringPrototypeSlice(value, 0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      if (
        ctx.compact !== true &&
        value.length > kMinLineLength &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4
      ) {
        const lines = splitAfterNewlines(value);
        for (let i = 0; i < lines.length; i++) lines[i] = fn(strEscape(lines[i]), 'string');
        return join(lines, ` +\n${StringPrototypeRepeat(' ', ctx.indentationLvl + 2)}`) + trailer;
      }
      return fn(strEscape(value), 'string') + trailer;
    }
    if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
    if (typeof value === 'bigint') return formatBigInt(fn, value, ctx.numericSeparator);
    if (typeof value === 'boolean') return fn(`${value}`, 'boolean');
    if (typeof value === 'undefined') return fn('undefined', 'undefined');
    return fn(SymbolPrototypeToString(value), 'symbol');
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Constructor names and prefixes.
  // ---------------------------------------------------------------------------------------------------------------

  // Builtin prototypes answer for themselves even when their `constructor` property was tampered with.
  const wellKnownPrototypes = newMap();
  for (const [proto, name, constructor] of [
    [ArrayPrototype, 'Array', Array],
    [ArrayBufferPrototype, 'ArrayBuffer', ArrayBuffer],
    [FunctionPrototype, 'Function', Function],
    [MapPrototype, 'Map', Map],
    [SetPrototype, 'Set', Set],
    [ObjectPrototype, 'Object', Object],
    [TypedArrayPrototype, 'TypedArray', TypedArray],
    [RegExpPrototype, 'RegExp', RegExp],
    [DatePrototype, 'Date', Date],
    [DataViewPrototype, 'DataView', DataView],
    [ErrorPrototype, 'Error', Error],
    [AggregateError.prototype, 'AggregateError', AggregateError],
    [RangeError.prototype, 'RangeError', RangeError],
    [TypeError.prototype, 'TypeError', TypeError],
    [BooleanPrototype, 'Boolean', Boolean],
    [NumberPrototype, 'Number', Number],
    [StringPrototype, 'String', String],
    [PromisePrototype, 'Promise', PromiseCtor],
    [WeakMapPrototype, 'WeakMap', WeakMap],
    [WeakSetPrototype, 'WeakSet', WeakSet],
  ]) {
    MapPrototypeSet(wellKnownPrototypes, proto, { __proto__: null, name, constructor });
  }

  function isInstanceof(object, constructor) {
    try {
      return object instanceof constructor;
    } catch {
      return false;
    }
  }

  function getConstructorName(obj, ctx, recurseTimes, protoProps) {
    let firstProto;
    const tmp = obj;
    for (let steps = 0; obj && steps < kMaxPrototypeChain; steps++) {
      const known = MapPrototypeGet(wellKnownPrototypes, obj);
      if (known !== undefined && OrdinaryHasInstance(known.constructor, tmp)) {
        if (protoProps !== undefined && firstProto !== obj) {
          addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        return known.name;
      }
      const descriptor = getOwnDescriptor(obj, 'constructor');
      if (
        descriptor !== undefined &&
        typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' &&
        isInstanceof(tmp, descriptor.value)
      ) {
        if (protoProps !== undefined && (firstProto !== obj || !isBuiltInName(descriptor.value.name))) {
          addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        return StringCtor(descriptor.value.name);
      }
      obj = ObjectGetPrototypeOf(obj);
      if (firstProto === undefined) firstProto = obj;
    }

    if (firstProto === null) return null;

    const res = internalGetConstructorName(tmp);
    if (recurseTimes > ctx.depth && ctx.depth !== null) return `${res} <Complex prototype>`;

    const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
    if (protoConstr === null) {
      const nested = { __proto__: null };
      copyOwn(nested, ctx);
      nested.customInspect = false;
      nested.depth = -1;
      return `${res} <${inspect(firstProto, nested)}>`;
    }
    return `${res} <${protoConstr}>`;
  }

  function copyOwn(target, source) {
    const keys = ReflectOwnKeys(source);
    for (let i = 0; i < keys.length; i++) target[keys[i]] = source[keys[i]];
  }

  // With showHidden, list non-function properties that user-defined prototypes add (up to three layers).
  function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
    let depth = 0;
    let keys;
    let keySet;
    do {
      if (depth !== 0 || main === obj) {
        obj = ObjectGetPrototypeOf(obj);
        if (obj === null) return;
        const descriptor = getOwnDescriptor(obj, 'constructor');
        if (
          descriptor !== undefined &&
          typeof descriptor.value === 'function' &&
          isBuiltInName(descriptor.value.name)
        ) {
          return;
        }
      }
      if (depth === 0) {
        keySet = new SetCtor();
      } else {
        for (let i = 0; i < keys.length; i++) SetPrototypeAdd(keySet, keys[i]);
      }
      keys = ReflectOwnKeys(obj);
      push(ctx.seen, main);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (
          key === 'constructor' ||
          ObjectHasOwn(main, key) ||
          (depth !== 0 && SetPrototypeHas(keySet, key))
        ) {
          continue;
        }
        const desc = getOwnDescriptor(obj, key);
        if (typeof desc.value === 'function') continue;
        const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
        push(output, ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
      }
      ctx.seen.length--;
    } while (++depth !== 3);
  }

  function getPrefix(constructor, tag, fallback, size = '') {
    if (constructor === null) {
      if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
      return `[${fallback}${size}: null prototype] `;
    }
    let result = `${constructor}${size} `;
    if (tag !== '') {
      const position = StringPrototypeIndexOf(constructor, tag);
      if (position === -1) {
        result += `[${tag}] `;
      } else {
        const endPos = position + tag.length;
        if (
          endPos !== constructor.length &&
          constructor[endPos] === StringPrototypeToLowerCase(constructor[endPos])
        ) {
          result += `[${tag}] `;
        }
      }
    }
    return result;
  }

  /** `className` is the builtin kind when the caller already knows it (saves repeating the brand checks). */
  function getCtxStyle(value, constructor, tag, className) {
    let fallback = '';
    if (constructor === null) {
      fallback = internalGetConstructorName(value, className);
      if (fallback === tag) fallback = 'Object';
    }
    return getPrefix(constructor, tag, fallback);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Keys.
  // ---------------------------------------------------------------------------------------------------------------
  function getKeys(value, showHidden) {
    let keys;
    const symbols = ObjectGetOwnPropertySymbols(value);
    if (showHidden) {
      keys = listFrom(ObjectGetOwnPropertyNames(value));
      for (let i = 0; i < symbols.length; i++) push(keys, symbols[i]);
    } else {
      try {
        keys = listFrom(ObjectKeys(value));
      } catch (err) {
        // A namespace object with an uninitialized binding throws a ReferenceError from Object.keys.
        if (!isModuleNamespaceObject(value)) throw err;
        keys = listFrom(ObjectGetOwnPropertyNames(value));
      }
      for (let i = 0; i < symbols.length; i++) {
        if (ObjectPrototypePropertyIsEnumerable(value, symbols[i])) push(keys, symbols[i]);
      }
    }
    return keys;
  }

  function isArrayIndexKey(key) {
    if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
    if (key !== '0' && key[0] === '0') return false;
    for (let i = 0; i < key.length; i++) {
      const code = StringPrototypeCharCodeAt(key, i);
      if (code < 48 || code > 57) return false;
    }
    return NumberCtor(key) < 4294967295;
  }

  /** Own keys that are not array indices (V8's GetOwnPropertyNames with kSkipIndices). */
  function getOwnNonIndexProperties(value, showHidden) {
    const all = ReflectOwnKeys(value);
    const keys = newList();
    for (let i = 0; i < all.length; i++) {
      const key = all[i];
      if (isArrayIndexKey(key)) continue;
      if (!showHidden && !ObjectPrototypePropertyIsEnumerable(value, key)) continue;
      push(keys, key);
    }
    return keys;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The recursive formatter.
  // ---------------------------------------------------------------------------------------------------------------
  function getUserOptions(ctx, isCrossContext) {
    const ret = {
      stylize: ctx.stylize,
      showHidden: ctx.showHidden,
      depth: ctx.depth,
      colors: ctx.colors,
      customInspect: ctx.customInspect,
      showProxy: ctx.showProxy,
      maxArrayLength: ctx.maxArrayLength,
      maxStringLength: ctx.maxStringLength,
      breakLength: ctx.breakLength,
      compact: ctx.compact,
      sorted: ctx.sorted,
      getters: ctx.getters,
      numericSeparator: ctx.numericSeparator,
      ...ctx.userOptions,
    };
    // Node hands objects that are not `instanceof Object` a prototype-free copy with primitive options only.
    if (isCrossContext) {
      ObjectSetPrototypeOf(ret, null);
      const keys = listFrom(ObjectKeys(ret));
      for (let i = 0; i < keys.length; i++) {
        const option = ret[keys[i]];
        if ((typeof option === 'object' || typeof option === 'function') && option !== null)
          delete ret[keys[i]];
      }
      ret.stylize = ObjectSetPrototypeOf((value, flavour) => {
        let stylized;
        try {
          stylized = `${ctx.stylize(value, flavour)}`;
        } catch {
          // Continue regardless of error.
        }
        return typeof stylized !== 'string' ? value : stylized;
      }, null);
    }
    return ret;
  }

  function formatValue(ctx, value, recurseTimes, typedArray) {
    if (typeof value !== 'object' && typeof value !== 'function') {
      return formatPrimitive(ctx.stylize, value, ctx);
    }
    if (value === null) return ctx.stylize('null', 'null');

    const context = value;
    const proxy = getProxyDetails(value);
    if (proxy !== undefined) {
      if (proxy === null || proxy.target === null) return ctx.stylize('<Revoked Proxy>', 'special');
      if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
      value = proxy.target;
    }

    if (ctx.customInspect) {
      const maybeCustom = value[customInspectSymbol];
      if (
        typeof maybeCustom === 'function' &&
        maybeCustom !== inspect &&
        !isPrototypeObjectOfItsConstructor(value)
      ) {
        const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
        const isCrossContext = proxy !== undefined || !OrdinaryHasInstance(ObjectCtor, context);
        const ret = ReflectApply(maybeCustom, context, [depth, getUserOptions(ctx, isCrossContext), inspect]);
        if (ret !== context) {
          if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
          return replaceAllString(ret, '\n', `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`);
        }
      }
    }

    if (listIncludes(ctx.seen, value)) {
      let index = 1;
      if (ctx.circular === undefined) {
        ctx.circular = newMap();
        MapPrototypeSet(ctx.circular, value, index);
      } else {
        index = MapPrototypeGet(ctx.circular, value);
        if (index === undefined) {
          index = MapPrototypeGetSize(ctx.circular) + 1;
          MapPrototypeSet(ctx.circular, value, index);
        }
      }
      return ctx.stylize(`[Circular *${index}]`, 'special');
    }

    return formatRaw(ctx, value, recurseTimes, typedArray);
  }

  // `Foo.prototype[inspect.custom]` must not run for `Foo.prototype` itself.
  function isPrototypeObjectOfItsConstructor(value) {
    const desc = getOwnDescriptor(value, 'constructor');
    const constructor = desc === undefined ? undefined : desc.value;
    return constructor !== undefined && constructor !== null && constructor.prototype === value;
  }

  function formatProxy(ctx, proxy, recurseTimes) {
    if (recurseTimes > ctx.depth && ctx.depth !== null) return ctx.stylize('Proxy [Array]', 'special');
    recurseTimes += 1;
    ctx.indentationLvl += 2;
    const res = newList();
    push(res, formatValue(ctx, proxy.target, recurseTimes));
    push(res, formatValue(ctx, proxy.handler, recurseTimes));
    ctx.indentationLvl -= 2;
    return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
  }

  function readToStringTag(value, ctx) {
    let tag = '';
    try {
      tag = value[SymbolToStringTag];
    } catch {
      // Ignore error.
    }
    // Only list the tag when it is not printed as a property anyway.
    if (
      typeof tag !== 'string' ||
      (tag !== '' &&
        (ctx.showHidden
          ? ObjectHasOwn(value, SymbolToStringTag)
          : ObjectPrototypePropertyIsEnumerable(value, SymbolToStringTag)))
    ) {
      return '';
    }
    return tag;
  }

  function formatRaw(ctx, value, recurseTimes, typedArray) {
    let keys;
    let protoProps;
    if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = newList();

    const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
    if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

    const tag = readToStringTag(value, ctx);
    const kinds = possibleKinds(value);
    let base = '';
    let formatter = formatNothing;
    let braces;
    let extrasType = kObjectType;
    let extraKeys;
    // The builtin kind found below, so that naming a null-prototype object needs no second round of brand checks.
    let className;
    const noProtoProps = protoProps === undefined;

    if (ArrayIsArray(value)) {
      // Only name the constructor of unusual arrays ("Foo(2) [...]").
      const prefix =
        constructor !== 'Array' || tag !== ''
          ? getPrefix(constructor, tag, 'Array', `(${value.length})`)
          : '';
      keys = getOwnNonIndexProperties(value, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      className = 'Array';
      if (value.length === 0 && keys.length === 0 && noProtoProps) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if ((kinds & KIND_SET) !== 0 && isSet(value)) {
      const size = SetPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatSet;
      className = 'Set';
      if (size === 0 && keys.length === 0 && noProtoProps) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if ((kinds & KIND_MAP) !== 0 && isMap(value)) {
      const size = MapPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatMap;
      className = 'Map';
      if (size === 0 && keys.length === 0 && noProtoProps) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if ((kinds & KIND_TYPED_ARRAY) !== 0 && isTypedArray(value)) {
      keys = getOwnNonIndexProperties(value, ctx.showHidden);
      let bound = value;
      let fallback = '';
      className = TypedArrayPrototypeGetSymbolToStringTag(value);
      if (constructor === null) {
        fallback = TypedArrayPrototypeGetSymbolToStringTag(value);
        bound = new typedArrayConstructors[fallback](value);
      }
      const size = TypedArrayPrototypeGetLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = (ctx2) => formatTypedArray(bound, size, ctx2);
      extrasType = kArrayExtrasType;
      if (ctx.showHidden) {
        extraKeys = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
        typedArray = true;
      }
    } else {
      keys = getKeys(value, ctx.showHidden);
      braces = ['{', '}'];
      if (typeof value === 'function') {
        className = 'Function';
        base = getFunctionBase(ctx, value, constructor, tag);
        if (keys.length === 0 && noProtoProps) return ctx.stylize(base, 'special');
      } else if (constructor === 'Object') {
        if (isArgumentsObject(value)) {
          braces[0] = '[Arguments] {';
        } else if (tag !== '') {
          braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
        }
        if (keys.length === 0 && noProtoProps) return `${braces[0]}}`;
      } else if ((kinds & KIND_REGEXP) !== 0 && isRegExp(value)) {
        className = 'RegExp';
        base = regExpToString(value);
        const prefix = getPrefix(constructor, tag, 'RegExp');
        if (prefix !== 'RegExp ') base = `${prefix}${base}`;
        if ((keys.length === 0 && noProtoProps) || (recurseTimes > ctx.depth && ctx.depth !== null)) {
          return ctx.stylize(base, 'regexp');
        }
      } else if ((kinds & KIND_DATE) !== 0 && isDate(value)) {
        className = 'Date';
        base = NumberIsNaN(DatePrototypeGetTime(value))
          ? DatePrototypeToString(value)
          : DatePrototypeToISOString(value);
        const prefix = getPrefix(constructor, tag, 'Date');
        if (prefix !== 'Date ') base = `${prefix}${base}`;
        if (keys.length === 0 && noProtoProps) return ctx.stylize(base, 'date');
      } else if (isError(value)) {
        className = 'Error';
        base = formatError(value, constructor, tag, ctx, keys);
        if (keys.length === 0 && noProtoProps) return base;
      } else if ((kinds & KIND_ARRAY_BUFFER) !== 0 && (isArrayBuffer(value) || isSharedArrayBuffer(value))) {
        const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
        className = arrayType;
        const prefix = getPrefix(constructor, tag, arrayType);
        if (typedArray === undefined) {
          formatter = formatArrayBuffer;
        } else if (keys.length === 0 && noProtoProps) {
          return `${prefix}{ [byteLength]: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
        }
        braces[0] = `${prefix}{`;
        extraKeys = ['byteLength'];
      } else if ((kinds & KIND_DATA_VIEW) !== 0 && isDataView(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
        className = 'DataView';
        extraKeys = ['byteLength', 'byteOffset', 'buffer'];
      } else if (isPromise(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
        className = 'Promise';
        formatter = formatPromise;
      } else if ((kinds & KIND_WEAK_SET) !== 0 && isWeakSet(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
        className = 'WeakSet';
        formatter = formatWeakCollection;
      } else if ((kinds & KIND_WEAK_MAP) !== 0 && isWeakMap(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
        className = 'WeakMap';
        formatter = formatWeakCollection;
      } else if (isModuleNamespaceObject(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
        const namespaceKeys = keys;
        formatter = (ctx2, value2, recurseTimes2) =>
          formatNamespaceObject(namespaceKeys, ctx2, value2, recurseTimes2);
      } else if (isBoxedPrimitive(value, kinds)) {
        base = getBoxedBase(value, ctx, keys, constructor, tag);
        if (keys.length === 0 && noProtoProps) return base;
      } else {
        className = 'Object';
        if (keys.length === 0 && noProtoProps) return `${getCtxStyle(value, constructor, tag, className)}{}`;
        braces[0] = `${getCtxStyle(value, constructor, tag, className)}{`;
      }
    }

    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      let constructorName = StringPrototypeSlice(getCtxStyle(value, constructor, tag, className), 0, -1);
      if (constructor !== null) constructorName = `[${constructorName}]`;
      return ctx.stylize(constructorName, 'special');
    }
    recurseTimes += 1;

    push(ctx.seen, value);
    ctx.currentDepth = recurseTimes;
    let output;
    const indentationLvl = ctx.indentationLvl;
    try {
      output = formatter(ctx, value, recurseTimes);
      if (extraKeys !== undefined) {
        for (let i = 0; i < extraKeys.length; i++) {
          let formatted;
          try {
            formatted = formatExtraProperty(ctx, value, recurseTimes, extraKeys[i], typedArray);
          } catch {
            const tempValue = { __proto__: null, [extraKeys[i]]: value.buffer[extraKeys[i]] };
            formatted = formatExtraProperty(ctx, tempValue, recurseTimes, extraKeys[i], typedArray);
          }
          push(output, formatted);
        }
      }
      for (let i = 0; i < keys.length; i++) {
        push(output, formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
      }
      if (protoProps !== undefined) for (let i = 0; i < protoProps.length; i++) push(output, protoProps[i]);
    } catch (err) {
      if (!isStackOverflowError(err)) throw err;
      const constructorName = StringPrototypeSlice(getCtxStyle(value, constructor, tag, className), 0, -1);
      ctx.seen.length--;
      ctx.indentationLvl = indentationLvl;
      return ctx.stylize(
        `[${constructorName}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
        'special',
      );
    }
    if (ctx.circular !== undefined) {
      const index = MapPrototypeGet(ctx.circular, value);
      if (index !== undefined) {
        const reference = ctx.stylize(`<ref *${index}>`, 'special');
        if (ctx.compact !== true) {
          base = base === '' ? reference : `${reference} ${base}`;
        } else {
          braces[0] = `${reference} ${braces[0]}`;
        }
      }
    }
    ctx.seen.length--;

    if (ctx.sorted) {
      const comparator = ctx.sorted === true ? undefined : ctx.sorted;
      if (extrasType === kObjectType) {
        ArrayPrototypeSort(output, comparator);
      } else if (keys.length > 1) {
        const start = output.length - keys.length;
        const sorted = newList();
        for (let i = start; i < output.length; i++) push(sorted, output[i]);
        ArrayPrototypeSort(sorted, comparator);
        for (let i = 0; i < sorted.length; i++) output[start + i] = sorted[i];
      }
    }

    const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
    const budget = ctx.budget[ctx.indentationLvl] || 0;
    const newLength = budget + res.length;
    ctx.budget[ctx.indentationLvl] = newLength;
    // Past 2 ** 27 characters at one level, stop descending: the output would exceed V8's string limit anyway.
    if (newLength > 2 ** 27) ctx.depth = -1;
    return res;
  }

  function formatNothing() {
    return newList();
  }

  function regExpToString(value) {
    let flags = '';
    for (let i = 0; i < regExpFlagGetters.length; i++) {
      if (regExpFlagGetters[i][1](value)) flags += regExpFlagGetters[i][0];
    }
    return `/${RegExpPrototypeGetSource(value)}/${flags}`;
  }

  function getBoxedBase(value, ctx, keys, constructor, tag) {
    let fn;
    let type;
    if (isNumberObject(value)) {
      fn = NumberPrototypeValueOf;
      type = 'Number';
    } else if (isStringObject(value)) {
      fn = StringPrototypeValueOf;
      type = 'String';
      // The index keys of a String object only repeat its characters.
      listSplice(keys, 0, StringPrototypeValueOf(value).length);
    } else if (isBooleanObject(value)) {
      fn = BooleanPrototypeValueOf;
      type = 'Boolean';
    } else if (isBigIntObject(value)) {
      fn = BigIntPrototypeValueOf;
      type = 'BigInt';
    } else {
      fn = SymbolPrototypeValueOf;
      type = 'Symbol';
    }
    let base = `[${type}`;
    if (type !== constructor) {
      base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
    }
    base += `: ${formatPrimitive(stylizeNoColor, fn(value), ctx)}]`;
    if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
    if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
    return ctx.stylize(base, StringPrototypeToLowerCase(type));
  }

  const classRegExp = /^(\s+[^(]*?)\s*{/;
  const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

  function getClassBase(value, constructor, tag) {
    const hasName = ObjectHasOwn(value, 'name');
    const name = (hasName && value.name) || '(anonymous)';
    let base = `class ${name}`;
    if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
    if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
    if (constructor !== null) {
      const superName = ObjectGetPrototypeOf(value).name;
      if (superName) base += ` extends ${superName}`;
    } else {
      base += ' extends [null prototype]';
    }
    return `[${base}]`;
  }

  function getFunctionBase(ctx, value, constructor, tag) {
    const stringified = FunctionPrototypeToString(value);
    if (StringPrototypeStartsWith(stringified, 'class') && stringified[stringified.length - 1] === '}') {
      const slice = StringPrototypeSlice(stringified, 5, -1);
      const bracketIndex = StringPrototypeIndexOf(slice, '{');
      if (
        bracketIndex !== -1 &&
        (!StringPrototypeIncludes(StringPrototypeSlice(slice, 0, bracketIndex), '(') ||
          regExpTest(
            classRegExp,
            replaceRegExpGlobal(stripCommentsRegExp, slice, () => ''),
          ))
      ) {
        return getClassBase(value, constructor, tag);
      }
    }
    let type = 'Function';
    if (isGeneratorFunction(value)) type = `Generator${type}`;
    if (isAsyncFunction(value)) type = `Async${type}`;
    let base = `[${type}`;
    if (constructor === null) base += ' (null prototype)';
    if (value.name === '') {
      base += ' (anonymous)';
    } else {
      base += `: ${typeof value.name === 'string' ? value.name : formatValue(ctx, value.name)}`;
    }
    base += ']';
    if (constructor !== type && constructor !== null) base += ` ${constructor}`;
    if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
    return base;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Errors.
  // ---------------------------------------------------------------------------------------------------------------

  /** Where (and how long) the frames of `a` repeat the frames of `b` (the cause's stack). */
  function identicalSequenceRange(a, b) {
    for (let i = 0; i < a.length - 3; i++) {
      const pos = listIndexOf(b, a[i]);
      if (pos !== -1) {
        const rest = b.length - pos;
        if (rest > 3) {
          let len = 1;
          const maxLen = MathMin(a.length - i, rest);
          while (maxLen > len && a[i + len] === b[pos + len]) len++;
          if (len > 3) return [len, i];
        }
      }
    }
    return [0, 0];
  }

  /** Ranges of frames that repeat (deep recursion): triples of [offset, length, repetitions]. */
  function getDuplicateErrorFrameRanges(frames) {
    const result = newList();
    const lineToPositions = newMap();
    for (let i = 0; i < frames.length; i++) {
      const positions = MapPrototypeGet(lineToPositions, frames[i]);
      if (positions === undefined) {
        const list = newList();
        push(list, i);
        MapPrototypeSet(lineToPositions, frames[i], list);
      } else {
        push(positions, i);
      }
    }

    const minimumDuplicateRange = 3;
    if (frames.length - MapPrototypeGetSize(lineToPositions) <= minimumDuplicateRange) return result;

    for (let i = 0; i < frames.length - minimumDuplicateRange; i++) {
      const positions = MapPrototypeGet(lineToPositions, frames[i]);
      if (positions.length === 1 || positions[positions.length - 1] === i) continue;
      const current = listIndexOf(positions, i) + 1;
      if (current === positions.length) continue;

      let range = positions[positions.length - 1] - i;
      if (range < minimumDuplicateRange) continue;
      let extraSteps;
      if (current + 1 < positions.length) {
        // Start with the greatest common divisor of the distances to the same line; keep the others as fallbacks.
        let gcdRange = 0;
        let extraSet;
        for (let j = current; j < positions.length; j++) {
          let distance = positions[j] - i;
          while (distance !== 0) {
            const remainder = gcdRange % distance;
            if (gcdRange !== 0) {
              if (extraSet === undefined) extraSet = newList();
              if (!listIncludes(extraSet, gcdRange)) push(extraSet, gcdRange);
            }
            gcdRange = distance;
            distance = remainder;
          }
          if (gcdRange === 1) break;
        }
        range = gcdRange;
        if (extraSet !== undefined) {
          extraSteps = newList();
          for (let k = 0; k < extraSet.length; k++) if (extraSet[k] !== range) push(extraSteps, extraSet[k]);
        }
      }
      let maxRange = range;
      let maxDuplicates = 0;
      let duplicateRanges = 0;

      for (let nextStart = i + range; ; nextStart += range) {
        let equalFrames = 0;
        for (let j = 0; j < range; j++) {
          if (frames[i + j] !== frames[nextStart + j]) break;
          equalFrames++;
        }
        if (equalFrames !== range) {
          if (extraSteps === undefined || extraSteps.length === 0) break;
          if (duplicateRanges !== 0 && maxRange * maxDuplicates < range * duplicateRanges) {
            maxRange = range;
            maxDuplicates = duplicateRanges;
          }
          range = extraSteps[extraSteps.length - 1];
          extraSteps.length--;
          nextStart = i;
          duplicateRanges = 0;
          continue;
        }
        duplicateRanges++;
      }

      if (maxDuplicates !== 0 && maxRange * maxDuplicates >= range * duplicateRanges) {
        range = maxRange;
        duplicateRanges = maxDuplicates;
      }

      if (duplicateRanges * range >= 3) {
        push(result, i + range);
        push(result, range);
        push(result, duplicateRanges);
        i += range * (duplicateRanges + 1) - 1;
      }
    }
    return result;
  }

  function getStackString(ctx, error) {
    let stack;
    try {
      stack = error.stack;
    } catch {
      // A throwing `stack` getter is ignored.
    }
    // When the error's name or message cannot become a string, Node's stack getter throws while bare V8 records
    // "<error: ...>" instead; treat both alike.
    if (typeof stack === 'string' && StringPrototypeStartsWith(stack, '<error: ')) {
      try {
        ErrorPrototypeToString(error);
      } catch {
        stack = undefined;
      }
    }
    if (stack) {
      if (typeof stack === 'string') return stack;
      push(ctx.seen, error);
      ctx.indentationLvl += 4;
      const result = formatValue(ctx, stack);
      ctx.indentationLvl -= 4;
      ctx.seen.length--;
      return `${ErrorPrototypeToString(error)}\n    ${result}`;
    }
    return ErrorPrototypeToString(error);
  }

  function getStackFrames(ctx, err, stack) {
    const frames = splitString(stack, '\n');
    let cause;
    try {
      cause = err.cause;
    } catch {
      // A throwing `cause` getter is ignored.
    }

    // Frames the cause's stack already shows are summarized.
    if (cause != null && isError(cause)) {
      const causeStack = getStackString(ctx, cause);
      const causeStackStart = StringPrototypeIndexOf(causeStack, '\n    at');
      if (causeStackStart !== -1) {
        const causeFrames = splitString(StringPrototypeSlice(causeStack, causeStackStart + 1), '\n');
        const range = identicalSequenceRange(frames, causeFrames);
        const len = range[0];
        const offset = range[1];
        if (len > 0) {
          const skipped = len - 2;
          const msg = `    ... ${skipped} lines matching cause stack trace ...`;
          listSplice(frames, offset + 1, skipped, [ctx.stylize(msg, 'undefined')]);
        }
      }
    }

    // Long recursive stacks are collapsed.
    if (frames.length > 10) {
      const ranges = getDuplicateErrorFrameRanges(frames);
      for (let i = ranges.length - 3; i >= 0; i -= 3) {
        const offset = ranges[i];
        const length = ranges[i + 1];
        const duplicateRanges = ranges[i + 2];
        const msg =
          `    ... collapsed ${length * duplicateRanges} duplicate lines matching above ` +
          (duplicateRanges > 1 ? `${length} lines ${duplicateRanges} times...` : 'lines ...');
        listSplice(frames, offset, length * duplicateRanges, [ctx.stylize(msg, 'undefined')]);
      }
    }
    return frames;
  }

  const errorNameAtStartRegExp = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/;
  const errorNameOnlyRegExp = /^([a-z_A-Z0-9-]*Error)$/;

  /** Make the first line name the constructor when the stack's own name does not (e.g. `Foo [TypeError]: x`). */
  function improveStack(stack, constructor, name, tag) {
    let len = name.length;
    if (typeof name !== 'string') {
      stack = replaceFirstString(
        stack,
        `${name}`,
        `${name} [${StringPrototypeSlice(getPrefix(constructor, tag, 'Error'), 0, -1)}]`,
      );
    }
    if (
      constructor === null ||
      (StringPrototypeEndsWith(name, 'Error') &&
        StringPrototypeStartsWith(stack, name) &&
        (stack.length === len || stack[len] === ':' || stack[len] === '\n'))
    ) {
      let fallback = 'Error';
      if (constructor === null) {
        const start =
          RegExpPrototypeExec(errorNameAtStartRegExp, stack) ||
          RegExpPrototypeExec(errorNameOnlyRegExp, stack);
        fallback = (start !== null && start[1]) || '';
        len = fallback.length;
        fallback = fallback || 'Error';
      }
      const prefix = StringPrototypeSlice(getPrefix(constructor, tag, fallback), 0, -1);
      if (name !== prefix) {
        if (StringPrototypeIncludes(prefix, name)) {
          stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${StringPrototypeSlice(stack, len)}`;
        } else {
          stack = `${prefix} [${name}]${StringPrototypeSlice(stack, len)}`;
        }
      }
    }
    return stack;
  }

  function formatError(err, constructor, tag, ctx, keys) {
    let message;
    let name;
    let stack;
    try {
      stack = getStackString(ctx, err);
    } catch {
      return ObjectPrototypeToString(err);
    }

    let messageIsGetterThatThrows = false;
    try {
      message = err.message;
    } catch {
      messageIsGetterThatThrows = true;
    }
    let nameIsGetterThatThrows = false;
    try {
      name = err.name;
    } catch {
      nameIsGetterThatThrows = true;
    }

    if (!ctx.showHidden && keys.length !== 0) {
      const stackIndex = listIndexOf(keys, 'stack');
      if (stackIndex !== -1) listSplice(keys, stackIndex, 1);
      if (!messageIsGetterThatThrows) {
        const index = listIndexOf(keys, 'message');
        // Hide `message` only when the stack already shows it.
        if (index !== -1 && (typeof message !== 'string' || StringPrototypeIncludes(stack, message))) {
          listSplice(keys, index, 1);
        }
      }
      if (!nameIsGetterThatThrows) {
        const index = listIndexOf(keys, 'name');
        if (index !== -1 && (typeof name !== 'string' || StringPrototypeIncludes(stack, name))) {
          listSplice(keys, index, 1);
        }
      }
    }
    if (name === undefined || name === null) name = 'Error';

    if (ObjectHasOwn(err, 'cause') && (keys.length === 0 || !listIncludes(keys, 'cause')))
      push(keys, 'cause');

    // AggregateError's errors are shown as `[errors]: [...]`.
    try {
      const errors = err.errors;
      if (
        ArrayIsArray(errors) &&
        ObjectHasOwn(err, 'errors') &&
        (keys.length === 0 || !listIncludes(keys, 'errors'))
      ) {
        push(keys, 'errors');
      }
    } catch {
      // A throwing `errors` getter is ignored.
    }

    stack = improveStack(stack, constructor, name, tag);

    // The message is skipped when looking for the first frame.
    let pos = (message && StringPrototypeIndexOf(stack, message)) || -1;
    if (pos !== -1) pos += message.length;
    const stackStart = StringPrototypeIndexOf(stack, '\n    at', pos);
    if (stackStart === -1) {
      stack = `[${stack}]`;
    } else {
      const head = StringPrototypeSlice(stack, 0, stackStart);
      const lines = getStackFrames(ctx, err, StringPrototypeSlice(stack, stackStart + 1));
      stack = `${head}\n${join(lines, '\n')}`;
    }
    if (ctx.indentationLvl !== 0) {
      stack = replaceAllString(stack, '\n', `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`);
    }
    return stack;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Entry formatters.
  // ---------------------------------------------------------------------------------------------------------------
  const numberKeyRegExp = /^(0|[1-9][0-9]*)$/;

  // The array is sparse and/or has extra keys.
  function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
    const keys = ObjectKeys(value);
    let index = i;
    for (; i < keys.length && output.length < maxLength; i++) {
      const key = keys[i];
      const tmp = +key;
      if (tmp > 2 ** 32 - 2) break;
      if (`${index}` !== key) {
        if (!regExpTest(numberKeyRegExp, key)) break;
        const emptyItems = tmp - index;
        push(output, ctx.stylize(`<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`, 'undefined'));
        index = tmp;
        if (output.length === maxLength) break;
      }
      push(output, formatProperty(ctx, value, recurseTimes, key, kArrayType));
      index++;
    }
    const remaining = value.length - index;
    if (output.length !== maxLength) {
      if (remaining > 0) {
        push(output, ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
      }
    } else if (remaining > 0) {
      push(output, remainingText(remaining));
    }
    return output;
  }

  function formatArray(ctx, value, recurseTimes) {
    const valLen = value.length;
    const len = MathMin(MathMax(0, ctx.maxArrayLength), valLen);
    const remaining = valLen - len;
    const output = newList();
    for (let i = 0; i < len; i++) {
      const desc = getOwnDescriptor(value, i);
      if (desc === undefined) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
      push(output, formatProperty(ctx, value, recurseTimes, i, kArrayType, desc));
    }
    if (remaining > 0) push(output, remainingText(remaining));
    return output;
  }

  function formatTypedArray(value, length, ctx) {
    const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
    const remaining = length - maxLength;
    const output = newList();
    const elementFormatter = length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
    for (let i = 0; i < maxLength; ++i)
      output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
    if (remaining > 0) output[maxLength] = remainingText(remaining);
    return output;
  }

  function formatArrayBuffer(ctx, value) {
    let buffer;
    try {
      buffer = new Uint8ArrayCtor(value);
    } catch {
      const detached = newList();
      push(detached, ctx.stylize('(detached)', 'special'));
      return detached;
    }
    const byteLength = TypedArrayPrototypeGetLength(buffer);
    const shown = MathMin(ctx.maxArrayLength, byteLength);
    let str = '';
    for (let i = 0; i < shown; i++) {
      const byte = buffer[i];
      str += (i === 0 ? '' : ' ') + (byte < 16 ? '0' : '') + NumberPrototypeToString(byte, 16);
    }
    const remaining = byteLength - ctx.maxArrayLength;
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    const output = newList();
    push(output, `${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`);
    return output;
  }

  /** Iterate a Map or Set with the captured iterator (student code may have replaced Symbol.iterator). */
  function collectEntries(value, isMapValue, limit) {
    const entries = newList();
    const iterator = isMapValue ? MapPrototypeEntries(value) : SetPrototypeValues(value);
    const next = isMapValue ? MapIteratorNext : SetIteratorNext;
    while (entries.length < limit) {
      const step = next(iterator);
      if (step.done) break;
      push(entries, step.value);
    }
    return entries;
  }

  function formatSet(ctx, value, recurseTimes) {
    const length = SetPrototypeGetSize(value);
    const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
    const remaining = length - maxLength;
    const output = newList();
    ctx.indentationLvl += 2;
    const entries = collectEntries(value, false, maxLength);
    for (let i = 0; i < entries.length; i++) push(output, formatValue(ctx, entries[i], recurseTimes));
    if (remaining > 0) push(output, remainingText(remaining));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatMap(ctx, value, recurseTimes) {
    const length = MapPrototypeGetSize(value);
    const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
    const remaining = length - maxLength;
    const output = newList();
    ctx.indentationLvl += 2;
    const entries = collectEntries(value, true, maxLength);
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      push(
        output,
        `${formatValue(ctx, entry[0], recurseTimes)} => ${formatValue(ctx, entry[1], recurseTimes)}`,
      );
    }
    if (remaining > 0) push(output, remainingText(remaining));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatWeakCollection(ctx) {
    const output = newList();
    push(output, ctx.stylize('<items unknown>', 'special'));
    return output;
  }

  function formatPromise(ctx, value, recurseTimes) {
    const output = newList();
    const details = promiseStateHook === undefined ? undefined : promiseStateHook(value);
    const state = details === undefined || details === null ? 'pending' : details.state;
    if (state !== 'fulfilled' && state !== 'rejected') {
      push(output, ctx.stylize('<pending>', 'special'));
    } else {
      ctx.indentationLvl += 2;
      const str = formatValue(ctx, details.value, recurseTimes);
      ctx.indentationLvl -= 2;
      push(output, state === 'rejected' ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str);
    }
    return output;
  }

  function formatNamespaceObject(keys, ctx, value, recurseTimes) {
    const output = newList();
    for (let i = 0; i < keys.length; i++) {
      try {
        output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
      } catch (err) {
        if (!OrdinaryHasInstance(ReferenceErrorCtor, err)) throw err;
        // An uninitialized binding: format an empty string in its place, then swap in the marker.
        const tmp = { __proto__: null, [keys[i]]: '' };
        const line = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
        let pos = line.length - 1;
        while (pos >= 0 && line[pos] !== ' ') pos--;
        output[i] = StringPrototypeSlice(line, 0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
      }
    }
    // The properties are printed here already.
    keys.length = 0;
    return output;
  }

  function formatExtraProperty(ctx, value, recurseTimes, key, typedArray) {
    ctx.indentationLvl += 2;
    const str = formatValue(ctx, value[key], recurseTimes, typedArray);
    ctx.indentationLvl -= 2;
    return `${ctx.stylize(`[${key}]`, 'string')}: ${str}`;
  }

  const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

  function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
    let name;
    let str;
    let extra = ' ';
    if (desc === undefined) desc = getOwnDescriptor(value, key);
    if (desc.value !== undefined) {
      const diff = ctx.compact !== true || type !== kObjectType ? 2 : 3;
      ctx.indentationLvl += diff;
      str = formatValue(ctx, desc.value, recurseTimes);
      if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
        extra = `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`;
      }
      ctx.indentationLvl -= diff;
    } else if (desc.get !== undefined) {
      const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
      const s = ctx.stylize;
      const sp = 'special';
      if (
        ctx.getters &&
        (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))
      ) {
        ctx.indentationLvl += 2;
        try {
          const tmp = ReflectApply(desc.get, original, []);
          if (tmp === null) {
            str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
          } else if (typeof tmp === 'object' || typeof tmp === 'function') {
            str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
          } else {
            str = `${s(`[${label}:`, sp)} ${formatPrimitive(s, tmp, ctx)}${s(']', sp)}`;
          }
        } catch (err) {
          const message = `<Inspection threw (${formatValue(ctx, err, recurseTimes)})>`;
          str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
        }
        ctx.indentationLvl -= 2;
      } else {
        str = ctx.stylize(`[${label}]`, sp);
      }
    } else if (desc.set !== undefined) {
      str = ctx.stylize('[Setter]', 'special');
    } else {
      str = ctx.stylize('undefined', 'undefined');
    }
    if (type === kArrayType) return str;
    if (typeof key === 'symbol') {
      name = ctx.stylize(escapeChars(SymbolPrototypeToString(key), 39), 'symbol');
    } else if (regExpTest(keyStrRegExp, key)) {
      name = key === '__proto__' ? "['__proto__']" : ctx.stylize(key, 'name');
    } else {
      name = ctx.stylize(strEscape(key), 'string');
    }
    if (desc.enumerable === false) name = `[${name}]`;
    return `${name}:${extra}${str}`;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Line breaking.
  // ---------------------------------------------------------------------------------------------------------------

  /** Lay out many short array entries in aligned columns (compact mode's "groupArrayElements"). */
  function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let outputLength = output.length;
    // The "... more items" entry is not part of the grid.
    if (ctx.maxArrayLength < output.length) outputLength--;
    const separatorSpace = 2; // ", "
    const dataLen = newList();
    for (let i = 0; i < outputLength; i++) {
      const len = getStringWidth(output[i], ctx.colors);
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    // Group only when three columns fit and no entry dwarfs the others.
    if (
      actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)
    ) {
      const approxCharHeights = 2.5;
      const averageBias = MathSqrt(actualMax - totalLength / output.length);
      const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
      const columns = MathMin(
        // Aim for a roughly square block, counting a character as 2.5 times as high as wide.
        MathRound(MathSqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
        MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
        ctx.compact * 4,
        15,
      );
      if (columns <= 1) return output;
      const tmp = newList();
      const maxLineLength = newList();
      for (let i = 0; i < columns; i++) {
        let lineMaxLength = 0;
        for (let j = i; j < output.length; j += columns) {
          if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
        }
        maxLineLength[i] = lineMaxLength + separatorSpace;
      }
      // Numbers are right-aligned, everything else left-aligned.
      let order = StringPrototypePadStart;
      if (value !== undefined) {
        for (let i = 0; i < output.length; i++) {
          if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
            order = StringPrototypePadEnd;
            break;
          }
        }
      }
      for (let i = 0; i < outputLength; i += columns) {
        const max = MathMin(i + columns, outputLength);
        let str = '';
        let j = i;
        for (; j < max - 1; j++) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
          str += order(`${output[j]}, `, padding, ' ');
        }
        if (order === StringPrototypePadStart) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
          str += StringPrototypePadStart(output[j], padding, ' ');
        } else {
          str += output[j];
        }
        push(tmp, str);
      }
      if (ctx.maxArrayLength < output.length) push(tmp, output[outputLength]);
      output = tmp;
    }
    return output;
  }

  function isBelowBreakLength(ctx, output, start, base) {
    if (ctx.breakLength === Infinity) {
      if (base !== '' && StringPrototypeIncludes(base, '\n')) return false;
      for (let i = 0; i < output.length; i++) {
        if (typeof output[i] === 'string' && StringPrototypeIncludes(output[i], '\n')) return false;
      }
      return true;
    }
    // Each entry is followed by at least a comma, plus a space in most layouts.
    let totalLength = output.length + start;
    if (totalLength + output.length > ctx.breakLength) return false;
    for (let i = 0; i < output.length; i++) {
      totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
      if (totalLength > ctx.breakLength) return false;
    }
    return base === '' || !StringPrototypeIncludes(base, '\n');
  }

  function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    if (ctx.compact !== true) {
      if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
        const entries = output.length;
        if (extrasType === kArrayExtrasType && entries > 6) output = groupArrayElements(ctx, output, value);
        // Objects whose nesting (below this level) is under `compact` levels deep go on one line if they fit.
        if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
          const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
          if (isBelowBreakLength(ctx, output, start, base)) {
            const joinedOutput = join(output, ', ');
            if (!StringPrototypeIncludes(joinedOutput, '\n')) {
              return `${base ? `${base} ` : ''}${braces[0]} ${joinedOutput} ${braces[1]}`;
            }
          }
        }
      }
      const indentation = `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`;
      return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${join(output, `,${indentation}  `)}${indentation}${braces[1]}`;
    }
    if (isBelowBreakLength(ctx, output, 0, base)) {
      return `${braces[0]}${base ? ` ${base}` : ''} ${join(output, ', ')} ${braces[1]}`;
    }
    const indentation = StringPrototypeRepeat(' ', ctx.indentationLvl);
    // A long opening brace ("Set {") forces the first entry onto its own line so entries line up.
    const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
    return `${braces[0]}${ln}${join(output, `,\n${indentation}  `)} ${braces[1]}`;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Public API.
  // ---------------------------------------------------------------------------------------------------------------
  function inspect(value, opts) {
    const ctx = {
      __proto__: null,
      budget: { __proto__: null },
      indentationLvl: 0,
      seen: newList(),
      currentDepth: 0,
      stylize: stylizeNoColor,
      showHidden: inspectDefaultOptions.showHidden,
      depth: inspectDefaultOptions.depth,
      colors: inspectDefaultOptions.colors,
      customInspect: inspectDefaultOptions.customInspect,
      showProxy: inspectDefaultOptions.showProxy,
      maxArrayLength: inspectDefaultOptions.maxArrayLength,
      maxStringLength: inspectDefaultOptions.maxStringLength,
      breakLength: inspectDefaultOptions.breakLength,
      compact: inspectDefaultOptions.compact,
      sorted: inspectDefaultOptions.sorted,
      getters: inspectDefaultOptions.getters,
      numericSeparator: inspectDefaultOptions.numericSeparator,
      circular: undefined,
      userOptions: undefined,
    };
    if (arguments.length > 1) {
      // Legacy signature: inspect(value, showHidden, depth, colors).
      if (arguments.length > 2) {
        if (arguments[2] !== undefined) ctx.depth = arguments[2];
        if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
      }
      if (typeof opts === 'boolean') {
        ctx.showHidden = opts;
      } else if (opts) {
        const optKeys = ObjectKeys(opts);
        for (let i = 0; i < optKeys.length; ++i) {
          const key = optKeys[i];
          if (listIncludes(optionNames, key) || key === 'stylize') {
            ctx[key] = opts[key];
          } else if (ctx.userOptions === undefined) {
            // Unknown options still reach custom inspect functions.
            ctx.userOptions = opts;
          }
        }
      }
    }
    if (ctx.colors) ctx.stylize = stylizeWithColor;
    if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
    if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
    const result = formatValue(ctx, value, 0);
    // A user-supplied `stylize` may return a non-string; callers (console) must always get a string.
    return typeof result === 'string' ? result : `${result}`;
  }
  inspect.custom = customInspectSymbol;
  ObjectDefineProperty(inspect, 'defaultOptions', {
    __proto__: null,
    get() {
      return inspectDefaultOptions;
    },
    set(options) {
      validateObject(options, 'options', false);
      return ObjectAssign(inspectDefaultOptions, options);
    },
  });
  inspect.colors = colors;
  inspect.styles = styles;

  /** The "Received ..." part of Node's ERR_INVALID_ARG_TYPE messages. */
  function describeReceived(value) {
    if (value === null) return 'null';
    if (value === undefined) return 'undefined';
    switch (typeof value) {
      case 'bigint':
        return `type bigint (${value}n)`;
      case 'number':
        return `type number (${formatNumber(stylizeNoColor, value, false)})`;
      case 'boolean':
        return `type boolean (${value})`;
      case 'symbol':
        return `type symbol (${SymbolPrototypeToString(value)})`;
      case 'function':
        return `function ${value.name}`;
      case 'object':
        if (value.constructor && 'name' in value.constructor)
          return `an instance of ${value.constructor.name}`;
        return inspect(value, { depth: -1 });
      default: {
        let shown = value.length > 28 ? `${StringPrototypeSlice(value, 0, 25)}...` : value;
        shown = StringPrototypeIncludes(shown, "'") ? JSONStringify(shown) : `'${shown}'`;
        return `type string (${shown})`;
      }
    }
  }

  function validateObject(value, name, allowArray) {
    if (value === null || typeof value !== 'object' || (!allowArray && ArrayIsArray(value))) {
      const error = new TypeErrorCtor(
        `The "${name}" argument must be of type object. Received ${describeReceived(value)}`,
      );
      ObjectDefineProperty(error, 'code', {
        __proto__: null,
        value: 'ERR_INVALID_ARG_TYPE',
        writable: true,
        enumerable: true,
        configurable: true,
      });
      throw error;
    }
  }

  /** Whether `%s` should inspect the object instead of calling its own toString/Symbol.toPrimitive. */
  function hasBuiltInToString(value) {
    const proxyTarget = getProxyDetails(value);
    if (proxyTarget !== undefined) {
      if (proxyTarget === null) return true;
      value = proxyTarget.target;
    }
    let checkToString = true;
    let checkToPrimitive = true;
    if (typeof value.toString !== 'function') {
      if (typeof value[SymbolToPrimitive] !== 'function') return true;
      if (ObjectHasOwn(value, SymbolToPrimitive)) return false;
      checkToString = false;
    } else if (ObjectHasOwn(value, 'toString')) {
      return false;
    } else if (typeof value[SymbolToPrimitive] !== 'function') {
      checkToPrimitive = false;
    } else if (ObjectHasOwn(value, SymbolToPrimitive)) {
      return false;
    }
    let pointer = value;
    let steps = 0;
    do {
      pointer = ObjectGetPrototypeOf(pointer);
      if (++steps === kMaxPrototypeChain) return true;
    } while (
      !(checkToString && ObjectHasOwn(pointer, 'toString')) &&
      !(checkToPrimitive && ObjectHasOwn(pointer, SymbolToPrimitive))
    );
    const descriptor = getOwnDescriptor(pointer, 'constructor');
    return (
      descriptor !== undefined &&
      typeof descriptor.value === 'function' &&
      isBuiltInName(descriptor.value.name)
    );
  }

  let circularErrorMessage;
  function firstErrorLine(error) {
    return splitString(`${error.message}`, '\n')[0];
  }

  function tryStringify(arg) {
    try {
      return JSONStringify(arg);
    } catch (err) {
      if (circularErrorMessage === undefined) {
        try {
          const a = {};
          a.a = a;
          JSONStringify(a);
        } catch (circularError) {
          circularErrorMessage = firstErrorLine(circularError);
        }
      }
      if (err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) return '[Circular]';
      throw err;
    }
  }

  function format(...args) {
    return formatWithOptionsInternal(undefined, args);
  }

  function formatWithOptions(inspectOptions, ...args) {
    validateObject(inspectOptions, 'inspectOptions', true);
    return formatWithOptionsInternal(inspectOptions, args);
  }

  function formatNumberNoColor(number, options) {
    const separator = options === undefined || options === null ? undefined : options.numericSeparator;
    return formatNumber(stylizeNoColor, number, separator ?? inspectDefaultOptions.numericSeparator);
  }

  function formatBigIntNoColor(bigint, options) {
    const separator = options === undefined || options === null ? undefined : options.numericSeparator;
    return formatBigInt(stylizeNoColor, bigint, separator ?? inspectDefaultOptions.numericSeparator);
  }

  function formatWithOptionsInternal(inspectOptions, args) {
    // An empty rest array must not be indexed: a student's getter on Array.prototype[0] would run.
    const first = args.length === 0 ? undefined : args[0];
    let a = 0;
    let str = '';
    let joiner = '';

    if (typeof first === 'string') {
      if (args.length === 1) return first;
      let tempStr;
      let lastPos = 0;
      for (let i = 0; i < first.length - 1; i++) {
        if (StringPrototypeCharCodeAt(first, i) !== 37) continue; // '%'
        const nextChar = StringPrototypeCharCodeAt(first, ++i);
        if (a + 1 !== args.length) {
          switch (nextChar) {
            case 115: {
              // 's'
              const tempArg = args[++a];
              if (typeof tempArg === 'number') {
                tempStr = formatNumberNoColor(tempArg, inspectOptions);
              } else if (typeof tempArg === 'bigint') {
                tempStr = formatBigIntNoColor(tempArg, inspectOptions);
              } else if (typeof tempArg !== 'object' || tempArg === null || !hasBuiltInToString(tempArg)) {
                tempStr = StringCtor(tempArg);
              } else {
                tempStr = inspect(tempArg, { ...inspectOptions, compact: 3, colors: false, depth: 0 });
              }
              break;
            }
            case 106: // 'j'
              tempStr = tryStringify(args[++a]);
              break;
            case 100: {
              // 'd'
              const tempNum = args[++a];
              if (typeof tempNum === 'bigint') {
                tempStr = formatBigIntNoColor(tempNum, inspectOptions);
              } else if (typeof tempNum === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumberNoColor(NumberCtor(tempNum), inspectOptions);
              }
              break;
            }
            case 79: // 'O'
              tempStr = inspect(args[++a], inspectOptions);
              break;
            case 111: // 'o'
              tempStr = inspect(args[++a], {
                ...inspectOptions,
                showHidden: true,
                showProxy: true,
                depth: 4,
              });
              break;
            case 105: {
              // 'i'
              const tempInteger = args[++a];
              if (typeof tempInteger === 'bigint') {
                tempStr = formatBigIntNoColor(tempInteger, inspectOptions);
              } else if (typeof tempInteger === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumberNoColor(NumberParseInt(tempInteger), inspectOptions);
              }
              break;
            }
            case 102: {
              // 'f'
              const tempFloat = args[++a];
              tempStr =
                typeof tempFloat === 'symbol'
                  ? 'NaN'
                  : formatNumberNoColor(NumberParseFloat(tempFloat), inspectOptions);
              break;
            }
            case 99: // 'c': CSS has no meaning in a terminal; the argument is consumed.
              a += 1;
              tempStr = '';
              break;
            case 37: // '%'
              str += StringPrototypeSlice(first, lastPos, i);
              lastPos = i + 1;
              continue;
            default:
              // Not a placeholder.
              continue;
          }
          if (lastPos !== i - 1) str += StringPrototypeSlice(first, lastPos, i - 1);
          str += tempStr;
          lastPos = i + 1;
        } else if (nextChar === 37) {
          str += StringPrototypeSlice(first, lastPos, i);
          lastPos = i + 1;
        }
      }
      if (lastPos !== 0) {
        a++;
        joiner = ' ';
        if (lastPos < first.length) str += StringPrototypeSlice(first, lastPos);
      }
    }

    while (a < args.length) {
      const value = args[a];
      str += joiner;
      str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
      joiner = ' ';
      a++;
    }
    return str;
  }

  return ObjectFreeze({ __proto__: null, inspect, format, formatWithOptions });
});
