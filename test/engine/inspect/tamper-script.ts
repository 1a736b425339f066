/**
 * "Student code" that sabotages every builtin the formatter could be tempted to use at call time: methods are
 * replaced by functions that throw, setters are planted on Array.prototype indices and on Object.prototype names our
 * internal records use, and global constructors are replaced. Builtins that Node itself reads through ordinary
 * property access when printing (e.g. DataView's byteLength getter, Object.prototype.toString/valueOf used by
 * ToPrimitive) are left alone: changing those changes what real Node prints too.
 */
export const TAMPER_SCRIPT = `(() => {
  const define = Object.defineProperty;
  const getProto = Object.getPrototypeOf;
  const ErrorCtor = Error;
  const boom = (label) => function tampered() { throw new ErrorCtor('tampered ' + label); };
  const poison = (target, names, label) => {
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      try {
        define(target, name, { __proto__: null, value: boom(label + '.' + String(name)), writable: true, configurable: true });
      } catch {}
    }
  };
  const poisonGetter = (target, names, label) => {
    for (let i = 0; i < names.length; i++) {
      try {
        define(target, names[i], { __proto__: null, get: boom(label + ' get ' + String(names[i])), configurable: true });
      } catch {}
    }
  };
  const trap = (target, names, label) => {
    for (let i = 0; i < names.length; i++) {
      try {
        define(target, names[i], {
          __proto__: null,
          get: boom(label + ' read ' + names[i]),
          set: boom(label + ' write ' + names[i]),
          configurable: true,
        });
      } catch {}
    }
  };

  const mapIteratorPrototype = getProto(new Map().entries());
  const setIteratorPrototype = getProto(new Set().values());
  const typedArrayPrototype = getProto(Uint8Array.prototype);

  poison(String.prototype, ['slice', 'substring', 'substr', 'charAt', 'charCodeAt', 'codePointAt', 'indexOf',
    'lastIndexOf', 'includes', 'startsWith', 'endsWith', 'repeat', 'padStart', 'padEnd', 'toLowerCase', 'toUpperCase',
    'normalize', 'trim', 'trimStart', 'trimEnd', 'split', 'replace', 'replaceAll', 'match', 'matchAll', 'search',
    'concat', 'at', 'localeCompare', 'toString', 'valueOf', Symbol.iterator, Symbol.split, Symbol.replace], 'String.prototype');
  poison(RegExp.prototype, ['exec', 'test', 'toString', Symbol.replace, Symbol.split, Symbol.match, Symbol.matchAll], 'RegExp.prototype');
  poisonGetter(RegExp.prototype, ['flags', 'source', 'global', 'ignoreCase', 'multiline', 'dotAll', 'unicode', 'unicodeSets', 'sticky', 'hasIndices'], 'RegExp.prototype');
  poison(Number.prototype, ['toString', 'toFixed', 'valueOf', 'toLocaleString'], 'Number.prototype');
  poison(Boolean.prototype, ['toString', 'valueOf'], 'Boolean.prototype');
  poison(BigInt.prototype, ['toString', 'valueOf', 'toLocaleString'], 'BigInt.prototype');
  poison(Symbol.prototype, ['toString', 'valueOf'], 'Symbol.prototype');
  poisonGetter(Symbol.prototype, ['description'], 'Symbol.prototype');
  poison(Date.prototype, ['toISOString', 'toString', 'getTime', 'valueOf', 'toJSON'], 'Date.prototype');
  poison(Error.prototype, ['toString'], 'Error.prototype');
  poison(Function.prototype, ['call', 'apply', 'bind', 'toString', Symbol.hasInstance], 'Function.prototype');
  poison(Map.prototype, ['get', 'set', 'has', 'delete', 'forEach', 'entries', 'keys', 'values', Symbol.iterator], 'Map.prototype');
  poisonGetter(Map.prototype, ['size'], 'Map.prototype');
  poison(Set.prototype, ['add', 'has', 'delete', 'forEach', 'entries', 'keys', 'values', Symbol.iterator], 'Set.prototype');
  poisonGetter(Set.prototype, ['size'], 'Set.prototype');
  poison(mapIteratorPrototype, ['next'], 'MapIterator');
  poison(setIteratorPrototype, ['next'], 'SetIterator');
  poison(WeakMap.prototype, ['get', 'set', 'has', 'delete'], 'WeakMap.prototype');
  poison(WeakSet.prototype, ['add', 'has', 'delete'], 'WeakSet.prototype');
  poisonGetter(typedArrayPrototype, ['length', Symbol.toStringTag], 'TypedArray.prototype');
  poison(Promise.prototype, ['then', 'catch', 'finally'], 'Promise.prototype');
  poison(JSON, ['stringify', 'parse'], 'JSON');
  poison(Math, ['max', 'min', 'floor', 'round', 'sqrt', 'trunc', 'abs', 'ceil'], 'Math');
  poison(Reflect, ['ownKeys', 'apply', 'getPrototypeOf', 'getOwnPropertyDescriptor', 'has', 'get', 'set', 'construct'], 'Reflect');
  poison(Number, ['isNaN', 'isFinite', 'parseInt', 'parseFloat', 'isInteger'], 'Number');
  poison(globalThis, ['parseInt', 'parseFloat', 'isNaN', 'isFinite'], 'globalThis');
  poison(Object.prototype, ['hasOwnProperty', 'propertyIsEnumerable', 'isPrototypeOf', '__lookupGetter__', '__defineGetter__'], 'Object.prototype');
  trap(Object.prototype, ['value', 'get', 'set', 'enumerable', 'writable', 'seen', 'circular', 'budget', 'indentationLvl',
    'currentDepth', 'userOptions', 'state', 'target', 'handler', 'done', 'index', 'input', 'groups', 'lastIndex'], 'Object.prototype');
  trap(Array.prototype, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20'], 'Array.prototype');
  poison(Object, ['keys', 'values', 'entries', 'getOwnPropertyNames', 'getOwnPropertySymbols', 'getOwnPropertyDescriptor',
    'getOwnPropertyDescriptors', 'getPrototypeOf', 'setPrototypeOf', 'defineProperties', 'assign', 'hasOwn', 'is',
    'freeze', 'seal', 'isExtensible', 'create', 'fromEntries', 'defineProperty'], 'Object');
  poison(Array, ['isArray', 'from', 'of'], 'Array');
  poison(Array.prototype, ['join', 'map', 'push', 'pop', 'shift', 'unshift', 'slice', 'splice', 'sort', 'filter', 'forEach',
    'includes', 'indexOf', 'lastIndexOf', 'concat', 'reverse', 'keys', 'values', 'entries', 'find', 'findIndex', 'some',
    'every', 'reduce', 'fill', 'flat', 'flatMap', 'at', Symbol.iterator], 'Array.prototype');
  trap(ErrorCtor, ['stackTraceLimit'], 'Error');
  const globals = ['Object', 'Array', 'Number', 'Boolean', 'Symbol', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Date',
    'RegExp', 'Error', 'RangeError', 'ReferenceError', 'Promise', 'JSON', 'Math', 'Reflect', 'Uint8Array', 'ArrayBuffer',
    'DataView'];
  for (let i = 0; i < globals.length; i++) globalThis[globals[i]] = boom('global ' + globals[i]);
})()`;

/** Checks, run after the tampering, that it really took effect. */
export const TAMPER_EFFECTS = [
  '[1, 2].join()',
  '({}).constructor.keys({})',
  "'a'.slice(0)",
  'JSON()',
  '[...[1]]',
  "'a,b'.split(',')",
  '(() => { const a = []; a[0] = 1; })()',
  '(() => { const o = {}; o.circular = 1; })()',
];
