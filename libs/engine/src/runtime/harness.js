// Trusted prelude: module-entry support. `invoke` calls one export; the test harness runs teacher tests
// (describe/it/expect) against the exports. Results are plain records serialised by trusted code.
const MAX_DEPTH = 12;
const MAX_ITEMS = 1000;
/** A described value is part of the result: past this many characters it is only marked as truncated. */
const MAX_VALUE_JSON = 256 * 1024;
const valueBudget = record();
valueBudget.left = 0;
const OVER_BUDGET = record();

/** JSON text describing any value; exotic values become {"$type": ...} descriptions. */
function plainJson(value, seen, depth) {
  valueBudget.left -= typeof value === 'string' ? value.length + 2 : 16;
  if (valueBudget.left < 0) throw OVER_BUDGET;
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      if (ObjectIs(value, -0)) return '{"$type":"number","value":"-0"}';
      return value === value && value !== Infinity && value !== -Infinity
        ? '' + value
        : '{"$type":"number","value":"' + value + '"}';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      return '{"$type":"undefined"}';
    case 'bigint':
      return '{"$type":"bigint","value":"' + BigIntToString(value) + '"}';
    case 'symbol':
      return '{"$type":"symbol","description":' + quote(SymbolToString(value)) + '}';
    case 'function':
      return '{"$type":"function","name":' + quote(readString(value, 'name') || '') + '}';
  }
  if (ReflectApply(WeakMapHas, seen, [value])) return '{"$type":"circular"}';
  if (depth > MAX_DEPTH) return '{"$type":"truncated"}';
  ReflectApply(WeakMapSet, seen, [value, true]);
  try {
    if (ArrayIsArray(value)) {
      let out = '';
      const n = MathMin(value.length, MAX_ITEMS);
      for (let i = 0; i < n; i++) out += (i === 0 ? '' : ',') + plainJson(value[i], seen, depth + 1);
      return '[' + out + ']';
    }
    if (isDate(value)) {
      const time = ReflectApply(DateGetTime, value, newList());
      return (
        '{"$type":"Date","value":' +
        (time === time ? quote(DateToISOString(new DateCtor(time))) : 'null') +
        '}'
      );
    }
    if (isMap(value) || isSet(value)) {
      const items = listFromIterable(value);
      let out = '';
      for (let i = 0; i < items.length && i < MAX_ITEMS; i++)
        out += (i === 0 ? '' : ',') + plainJson(items[i], seen, depth + 1);
      return '{"$type":"' + (isMap(value) ? 'Map' : 'Set') + '","entries":[' + out + ']}';
    }
    if (ObjectGetPrototypeOf(value) === PromisePrototype) return '{"$type":"Promise"}';
    if (looksLikeError(value)) {
      return (
        '{"$type":"Error","name":' +
        quote(readString(value, 'name') || 'Error') +
        ',"message":' +
        quote(readString(value, 'message') || '') +
        '}'
      );
    }
    const keys = ObjectKeys(value);
    let out = '';
    for (let i = 0; i < keys.length && i < MAX_ITEMS; i++) {
      out +=
        (i === 0 ? '' : ',') +
        quote(keys[i]) +
        ':' +
        plainJson(readProperty(value, keys[i]), seen, depth + 1);
    }
    // An object of the program's own with a `$type` key must not pass for one of the engine's descriptions.
    if (ObjectGetOwnPropertyDescriptor(value, '$type') !== undefined) {
      return '{"$type":"object","properties":{' + out + '}}';
    }
    return '{' + out + '}';
  } finally {
    // Only ancestors count as cycles: a value shared by two branches is described twice.
    ReflectApply(WeakMapDelete, seen, [value]);
  }
}
function describeJson(value) {
  valueBudget.left = MAX_VALUE_JSON;
  try {
    return plainJson(value, new WeakMapCtor(), 0);
  } catch (error) {
    return error === OVER_BUDGET ? '{"$type":"truncated"}' : '{"$type":"unserialisable"}';
  }
}

// ---- invocation ----
const invocation = record();
invocation.outcome = null;
invocation.valueJson = 'null';
invocation.settledAt = null;
function settleInvocation(outcome, value) {
  invocation.outcome = outcome;
  invocation.valueJson = describeJson(value);
  invocation.settledAt = clock.now;
}
function runInvocation(exportsObject) {
  const fn = readProperty(exportsObject, cfg.invoke.export);
  if (typeof fn !== 'function') {
    invocation.outcome = 'missing';
    return;
  }
  let result;
  try {
    result = ReflectApply(fn, exportsObject, listFrom(JSONParse(cfg.invoke.argsJson), 0));
  } catch (error) {
    if (!loop.fatal) settleInvocation('threw', error);
    return;
  }
  invocation.outcome = 'pending';
  whenSettled(
    result,
    (value) => settleInvocation('resolved', value),
    (error) => settleInvocation('rejected', error),
  );
}
/**
 * Calls back once `value` settles, never throws, and never lets student code decide the outcome of a real
 * promise: a promise made by the realm (an async test body, say) is observed through the intrinsic `then`,
 * whatever the student did to Promise, its prototype or Symbol.hasInstance. Other thenables are awaited by
 * calling their own `then` (as Jest does), at most one outcome counting.
 */
function whenSettled(value, onFulfilled, onRejected) {
  let then;
  try {
    if (!isObjectLike(value)) then = undefined;
    else if (ObjectGetPrototypeOf(value) === PromisePrototype) {
      ReflectApply(PromiseThen, value, [onFulfilled, onRejected]);
      return;
    } else then = value.then;
  } catch (error) {
    onRejected(error);
    return;
  }
  if (typeof then !== 'function') {
    onFulfilled(value);
    return;
  }
  let settled = false;
  const once = (callback) => (outcome) => {
    if (settled) return;
    settled = true;
    callback(outcome);
  };
  try {
    ReflectApply(then, value, [once(onFulfilled), once(onRejected)]);
  } catch (error) {
    once(onRejected)(error);
  }
}

// ---- test harness ----
const testsState = record();
testsState.define = null;
testsState.cases = newList();
testsState.block = testBlock(null, '');
testsState.next = 0;
testsState.running = false;
const assertionErrors = new WeakMapCtor();

function assertionError(message) {
  const error = new ErrorCtor(message);
  ReflectApply(WeakMapSet, assertionErrors, [error, true]);
  return error;
}
/** The kind of built-in object `value` is, by internal slot: student code cannot fake or hide it. */
function builtinKind(value) {
  if (isDate(value)) return 'Date';
  if (isMap(value)) return 'Map';
  if (isSet(value)) return 'Set';
  if (isRegExp(value)) return 'RegExp';
  if (hasBrand(value, ArrayBufferByteLength)) return 'ArrayBuffer';
  for (let i = 0; i < BOXED_KINDS.length; i++) {
    if (hasBrand(value, UNBOX[BOXED_KINDS[i]])) return BOXED_KINDS[i];
  }
  if (isErrorLike(value)) return 'Error';
  return null;
}
function bytesEqual(a, b) {
  const left = new Uint8ArrayCtor(a);
  const right = new Uint8ArrayCtor(b);
  if (left.length !== right.length) return false;
  for (let i = 0; i < left.length; i++) if (left[i] !== right[i]) return false;
  return true;
}
/** Own enumerable keys, symbols included (Jest compares both). */
function enumerableKeys(object) {
  const keys = listFrom(ObjectKeys(object), 0);
  const all = ReflectOwnKeys(object);
  for (let i = 0; i < all.length; i++) {
    if (typeof all[i] !== 'symbol') continue;
    const descriptor = ObjectGetOwnPropertyDescriptor(object, all[i]);
    if (descriptor !== undefined && descriptor.enumerable) listPush(keys, all[i]);
  }
  return keys;
}
function someEqual(list, item, strict) {
  for (let i = 0; i < list.length; i++) if (deepEqual(list[i], item, strict)) return true;
  return false;
}
/** Jest's collection equality: the same members, in any order (a Map's entries compare as [key, value]). */
function collectionsEqual(a, b, strict) {
  const left = listFromIterable(a);
  const right = listFromIterable(b);
  if (left.length !== right.length) return false;
  for (let i = 0; i < left.length; i++) if (!someEqual(right, left[i], strict)) return false;
  return true;
}
/** Jest's `equals`: recursive, kind-aware (a plain object never equals a Map, a Date or an Error). */
function deepEqual(a, b, strict) {
  if (ObjectIs(a, b)) return true;
  if (!isObjectLike(a) || !isObjectLike(b)) return false;
  if (typeof a === 'function' || typeof b === 'function') return false;
  if (ArrayIsArray(a) !== ArrayIsArray(b)) return false;
  if (strict && ObjectGetPrototypeOf(a) !== ObjectGetPrototypeOf(b)) return false;
  const kind = builtinKind(a);
  if (kind !== builtinKind(b)) return false;
  if (kind === 'Date') return ObjectIs(ReflectApply(DateGetTime, a, []), ReflectApply(DateGetTime, b, []));
  if (kind === 'Map' || kind === 'Set') return collectionsEqual(a, b, strict);
  if (kind === 'RegExp') return safeToString(a) === safeToString(b);
  if (kind === 'ArrayBuffer') return bytesEqual(a, b);
  const unbox = kind === null ? undefined : UNBOX[kind];
  if (unbox !== undefined && !ObjectIs(ReflectApply(unbox, a, []), ReflectApply(unbox, b, []))) return false;
  if (
    kind === 'Error' &&
    (readProperty(a, 'name') !== readProperty(b, 'name') ||
      readProperty(a, 'message') !== readProperty(b, 'message') ||
      !deepEqual(readProperty(a, 'cause'), readProperty(b, 'cause'), strict))
  ) {
    return false;
  }
  const keysA = enumerableKeys(a);
  const keysB = enumerableKeys(b);
  const kept = (keys, object) => {
    const out = newList();
    for (let i = 0; i < keys.length; i++) if (strict || object[keys[i]] !== undefined) listPush(out, keys[i]);
    return out;
  };
  const ka = kept(keysA, a);
  const kb = kept(keysB, b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ObjectGetOwnPropertyDescriptor(b, ka[i]) === undefined) return false;
    if (!deepEqual(a[ka[i]], b[ka[i]], strict)) return false;
  }
  return true;
}
/** Runs a teacher's RegExp from its start, by its internal matcher: the student's RegExp.prototype is not consulted. */
function regExpMatches(pattern, text) {
  const saved = pattern.lastIndex;
  pattern.lastIndex = 0;
  try {
    return RegExpExec(pattern, text) !== null;
  } finally {
    pattern.lastIndex = saved;
  }
}
function show(value) {
  return describeValue(value);
}
/** `settled` is true when `actual` is a promise's outcome: toThrow then checks it as the thrown value. */
function makeMatchers(actual, negated, mode, settled = false) {
  const check = (pass, name, expectedText) => {
    if (pass === negated) {
      throw assertionError(
        'expect(received).' +
          (negated ? 'not.' : '') +
          name +
          '(expected)\n\n' +
          (expectedText === undefined ? '' : 'Expected: ' + (negated ? 'not ' : '') + expectedText + '\n') +
          'Received: ' +
          show(actual),
      );
    }
  };
  const matchers = record();
  defineValues(matchers, {
    toBe: (expected) => check(ObjectIs(actual, expected), 'toBe', show(expected)),
    toEqual: (expected) => check(deepEqual(actual, expected, false), 'toEqual', show(expected)),
    toStrictEqual: (expected) => check(deepEqual(actual, expected, true), 'toStrictEqual', show(expected)),
    toBeTruthy: () => check(!!actual, 'toBeTruthy'),
    toBeFalsy: () => check(!actual, 'toBeFalsy'),
    toBeNull: () => check(actual === null, 'toBeNull'),
    toBeUndefined: () => check(actual === undefined, 'toBeUndefined'),
    toBeDefined: () => check(actual !== undefined, 'toBeDefined'),
    toBeNaN: () => check(NumberIsNaN(actual), 'toBeNaN'),
    toBeGreaterThan: (n) => check(actual > n, 'toBeGreaterThan', '> ' + show(n)),
    toBeGreaterThanOrEqual: (n) => check(actual >= n, 'toBeGreaterThanOrEqual', '>= ' + show(n)),
    toBeLessThan: (n) => check(actual < n, 'toBeLessThan', '< ' + show(n)),
    toBeLessThanOrEqual: (n) => check(actual <= n, 'toBeLessThanOrEqual', '<= ' + show(n)),
    toBeCloseTo: (n, digits = 2) => check(MathAbs(actual - n) < 10 ** -digits / 2, 'toBeCloseTo', show(n)),
    toBeInstanceOf: (Ctor) =>
      check(
        isObjectLike(actual) && isInstanceOf(actual, Ctor),
        'toBeInstanceOf',
        safeToString(readString(Ctor, 'name')),
      ),
    toHaveLength: (n) =>
      check(
        isObjectLike(actual) || typeof actual === 'string' ? actual.length === n : false,
        'toHaveLength',
        show(n),
      ),
    toContain: (item) => {
      let found = false;
      if (typeof actual === 'string') found = StringIndexOf(actual, StringCtor(item)) !== -1;
      else if (isObjectLike(actual))
        for (let i = 0; i < actual.length && !found; i++) found = ObjectIs(actual[i], item);
      check(found, 'toContain', show(item));
    },
    toContainEqual: (item) => {
      let found = false;
      if (isObjectLike(actual))
        for (let i = 0; i < actual.length && !found; i++) found = deepEqual(actual[i], item, false);
      check(found, 'toContainEqual', show(item));
    },
    toMatch: (pattern) => {
      const text = StringCtor(actual);
      const pass =
        typeof pattern === 'string'
          ? StringIndexOf(text, pattern) !== -1
          : isRegExp(pattern) && regExpMatches(pattern, text);
      check(pass, 'toMatch', show(pattern));
    },
    toHaveProperty: (path, ...value) => {
      const parts = splitOn(StringCtor(path), '.');
      let current = actual;
      let pass = true;
      for (let i = 0; i < parts.length && pass; i++) {
        if (!isObjectLike(current) || !(parts[i] in current)) pass = false;
        else current = current[parts[i]];
      }
      if (pass && value.length > 0) pass = deepEqual(current, value[0], false);
      check(pass, 'toHaveProperty', StringCtor(path));
    },
    toThrow: (expected) => {
      let thrown = settled;
      let error = settled ? actual : undefined;
      if (!settled) {
        if (typeof actual !== 'function') {
          throw assertionError('expect(received).toThrow(expected)\n\nReceived value must be a function');
        }
        try {
          actual();
        } catch (caught) {
          // process.exit() unwinds with a throw of its own: the program ended, nothing was thrown by it
          if (loop.fatal) throw caught;
          thrown = true;
          error = caught;
        }
      }
      let pass = thrown;
      if (thrown && expected !== undefined) {
        const message = readString(error, 'message') || '';
        if (typeof expected === 'string') pass = StringIndexOf(message, expected) !== -1;
        else if (isRegExp(expected)) pass = regExpMatches(expected, message);
        else if (typeof expected === 'function') pass = isInstanceOf(error, expected);
        else if (isErrorLike(expected)) pass = message === (readString(expected, 'message') || '');
      }
      check(pass, 'toThrow', expected === undefined ? undefined : show(expected));
    },
  });
  if (mode === null) return matchers;
  // resolves/rejects: wait for the promise, then apply the matcher to its outcome
  const wrapped = record();
  const names = ReflectOwnKeys(matchers);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    defineHidden(wrapped, name, (...args) =>
      awaitable(
        new PromiseCtor((resolve, reject) => {
          whenSettled(
            actual,
            (value) => {
              if (mode === 'rejects')
                reject(assertionError('expect(received).rejects: promise resolved with ' + show(value)));
              else settleMatcher(value, negated, name, args, resolve, reject);
            },
            (reason) => {
              if (mode === 'resolves')
                reject(assertionError('expect(received).resolves: promise rejected with ' + show(reason)));
              else settleMatcher(reason, negated, name, args, resolve, reject);
            },
          );
        }),
      ),
    );
  }
  return wrapped;
}
function settleMatcher(value, negated, name, args, resolve, reject) {
  try {
    ReflectApply(makeMatchers(value, negated, null, true)[name], undefined, args);
    resolve();
  } catch (error) {
    reject(error);
  }
}
/** Matcher tables have no prototype and are filled with defineProperty: student setters never run. */
function expect(actual) {
  const matchers = makeMatchers(actual, false, null);
  const resolves = makeMatchers(actual, false, 'resolves');
  const rejects = makeMatchers(actual, false, 'rejects');
  defineHidden(resolves, 'not', makeMatchers(actual, true, 'resolves'));
  defineHidden(rejects, 'not', makeMatchers(actual, true, 'rejects'));
  defineValues(matchers, { not: makeMatchers(actual, true, null), resolves, rejects });
  return matchers;
}
/** A describe block: its hooks apply to every test in it and in nested blocks, wherever they are declared (Jest). */
function testBlock(parent, prefix) {
  const block = record();
  block.parent = parent;
  block.prefix = prefix;
  block.beforeEach = newList();
  block.afterEach = newList();
  return block;
}
function describe(name, body) {
  const parent = testsState.block;
  testsState.block = testBlock(parent, parent.prefix + safeToString(name) + ' > ');
  try {
    body();
  } finally {
    testsState.block = parent;
  }
}
function it(name, body) {
  const testCase = record();
  testCase.name = testsState.block.prefix + safeToString(name);
  testCase.body = body;
  testCase.block = testsState.block;
  testCase.status = null;
  testCase.message = null;
  listPush(testsState.cases, testCase);
}
function beforeEach(fn) {
  listPush(testsState.block.beforeEach, fn);
}
function afterEach(fn) {
  listPush(testsState.block.afterEach, fn);
}
/** A case's steps: outer blocks' beforeEach first, the body, then inner blocks' afterEach first. */
function stepsOf(testCase) {
  const blocks = newList();
  for (let block = testCase.block; block !== null; block = block.parent) listPush(blocks, block);
  const steps = newList();
  for (let b = blocks.length - 1; b >= 0; b--) {
    for (let i = 0; i < blocks[b].beforeEach.length; i++) listPush(steps, blocks[b].beforeEach[i]);
  }
  listPush(steps, testCase.body);
  for (let b = 0; b < blocks.length; b++) {
    for (let i = 0; i < blocks[b].afterEach.length; i++) listPush(steps, blocks[b].afterEach[i]);
  }
  return steps;
}
function registerTests(defineFunction) {
  testsState.define = defineFunction;
}
const promiseSleep = timersPromises.setTimeout;
/**
 * A promise the harness hands to teacher code, which awaits it: `await` re-resolves a promise through its
 * `then` unless its `constructor` is the realm's Promise, and the student may have changed
 * Promise.prototype.constructor and then. An own, fixed `constructor` keeps the await on the real promise.
 */
function awaitable(promise) {
  ObjectDefineProperty(promise, 'constructor', { value: PromiseCtor });
  return promise;
}
function runTests(exportsObject) {
  try {
    const sleep = (ms) => awaitable(promiseSleep(ms));
    ReflectApply(testsState.define, undefined, [
      exportsObject,
      describe,
      it,
      it,
      expect,
      beforeEach,
      afterEach,
      () => clock.now,
      sleep,
    ]);
  } catch (error) {
    const failure = record();
    failure.name = '(test file)';
    failure.status = 'error';
    failure.message = errorText(error);
    listPush(testsState.cases, failure);
    return;
  }
  runNextTest();
}
function errorText(error) {
  const message = readString(error, 'message');
  return message !== null ? message : describeValue(error);
}
/** Runs the hooks and body of one case, in order, each awaited; then the next case. */
function runNextTest() {
  if (loop.fatal || testsState.next >= testsState.cases.length) return;
  const testCase = testsState.cases[testsState.next++];
  const steps = stepsOf(testCase);
  // A case whose program ended meanwhile (process.exit, a crash) stays unfinished: it never passes.
  const pass = () => {
    if (loop.fatal) return;
    testCase.status = 'passed';
    runNextTest();
  };
  // `error` is whatever was thrown or rejected, `undefined` included.
  const fail = (error) => {
    if (loop.fatal) return;
    testCase.status = ReflectApply(WeakMapHas, assertionErrors, [error]) ? 'failed' : 'error';
    testCase.message = errorText(error);
    runNextTest();
  };
  const runStep = (index) => {
    if (index >= steps.length) return pass();
    let result;
    try {
      result = ReflectApply(steps[index], undefined, newList());
    } catch (error) {
      return fail(error);
    }
    whenSettled(result, () => runStep(index + 1), fail);
  };
  runStep(0);
}
function testsJson() {
  let out = '';
  for (let i = 0; i < testsState.cases.length; i++) {
    const c = testsState.cases[i];
    const status = c.status === null ? 'error' : c.status;
    let message = c.message;
    if (c.status === null)
      message = loop.wentIdle
        ? 'not finished: still pending when the event loop went idle'
        : 'not finished: the program ended';
    out +=
      (i === 0 ? '' : ',') +
      '{"name":' +
      quote(c.name) +
      ',"status":"' +
      status +
      '","message":' +
      (message === null ? 'null' : quote(message)) +
      '}';
  }
  return '[' + out + ']';
}
