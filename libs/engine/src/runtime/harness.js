// Trusted prelude: module-entry support. `invoke` calls one export; the test harness runs teacher tests
// (describe/it/expect) against the exports. Results are plain records serialised by trusted code.
const MAX_DEPTH = 12;
const MAX_ITEMS = 1000;

/** JSON text describing any value; exotic values become {"$type": ...} descriptions. */
function plainJson(value, seen, depth) {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
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
    if (value instanceof DateCtor) {
      const time = ReflectApply(DateGetTime, value, newList());
      return (
        '{"$type":"Date","value":' +
        (time === time ? quote(DateToISOString(new DateCtor(time))) : 'null') +
        '}'
      );
    }
    if (value instanceof MapCtor || value instanceof SetCtor) {
      const items = listFromIterable(value);
      let out = '';
      for (let i = 0; i < items.length && i < MAX_ITEMS; i++)
        out += (i === 0 ? '' : ',') + plainJson(items[i], seen, depth + 1);
      return '{"$type":"' + (value instanceof MapCtor ? 'Map' : 'Set') + '","entries":[' + out + ']}';
    }
    if (value instanceof PromiseCtor) return '{"$type":"Promise"}';
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
    return '{' + out + '}';
  } finally {
    // Only ancestors count as cycles: a value shared by two branches is described twice.
    ReflectApply(WeakMapDelete, seen, [value]);
  }
}
function describeJson(value) {
  try {
    return plainJson(value, new WeakMapCtor(), 0);
  } catch {
    return '{"$type":"unserialisable"}';
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
/** Calls back once `value` settles, without looking anything up on Promise.prototype. */
function whenSettled(value, onFulfilled, onRejected) {
  let promise = value;
  if (!(value instanceof PromiseCtor)) {
    const then = isObjectLike(value) ? readProperty(value, 'then') : undefined;
    if (typeof then !== 'function') {
      onFulfilled(value);
      return;
    }
    promise = new PromiseCtor((resolve, reject) => ReflectApply(then, value, [resolve, reject]));
  }
  try {
    ReflectApply(PromiseThen, promise, [onFulfilled, onRejected]);
  } catch (error) {
    onRejected(error);
  }
}

// ---- test harness ----
const testsState = record();
testsState.define = null;
testsState.cases = newList();
testsState.prefix = '';
testsState.beforeEach = newList();
testsState.afterEach = newList();
testsState.next = 0;
testsState.running = false;
const assertionErrors = new WeakMapCtor();

function assertionError(message) {
  const error = new ErrorCtor(message);
  ReflectApply(WeakMapSet, assertionErrors, [error, true]);
  return error;
}
function deepEqual(a, b, strict) {
  if (ObjectIs(a, b)) return true;
  if (!isObjectLike(a) || !isObjectLike(b)) return false;
  if (typeof a === 'function' || typeof b === 'function') return false;
  if (ArrayIsArray(a) !== ArrayIsArray(b)) return false;
  if (strict && ObjectGetPrototypeOf(a) !== ObjectGetPrototypeOf(b)) return false;
  if (a instanceof DateCtor && b instanceof DateCtor)
    return ReflectApply(DateGetTime, a, newList()) === ReflectApply(DateGetTime, b, newList());
  if ((a instanceof MapCtor && b instanceof MapCtor) || (a instanceof SetCtor && b instanceof SetCtor)) {
    const left = listFromIterable(a);
    const right = listFromIterable(b);
    if (left.length !== right.length) return false;
    for (let i = 0; i < left.length; i++) if (!deepEqual(left[i], right[i], strict)) return false;
    return true;
  }
  const keysA = ObjectKeys(a);
  const keysB = ObjectKeys(b);
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
  const matchers = {
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
        isObjectLike(actual) && actual instanceof Ctor,
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
          : RegExpExec(new RegExpCtor(pattern.source, pattern.flags), text) !== null;
      check(pass, 'toMatch', show(pattern));
    },
    toHaveProperty: (path, value) => {
      const parts = splitOn(StringCtor(path), '.');
      let current = actual;
      let pass = true;
      for (let i = 0; i < parts.length && pass; i++) {
        if (!isObjectLike(current) || !(parts[i] in current)) pass = false;
        else current = current[parts[i]];
      }
      if (pass && arguments.length > 1) pass = deepEqual(current, value, false);
      check(pass, 'toHaveProperty', StringCtor(path));
    },
    toThrow: (expected) => {
      let thrown = settled;
      let error = settled ? actual : undefined;
      if (!settled) {
        try {
          actual();
        } catch (caught) {
          thrown = true;
          error = caught;
        }
      }
      let pass = thrown;
      if (thrown && expected !== undefined) {
        const message = readString(error, 'message') || '';
        if (typeof expected === 'string') pass = StringIndexOf(message, expected) !== -1;
        else if (expected instanceof RegExpCtor)
          pass = RegExpExec(new RegExpCtor(expected.source, expected.flags), message) !== null;
        else if (typeof expected === 'function') pass = error instanceof expected;
      }
      check(pass, 'toThrow', expected === undefined ? undefined : show(expected));
    },
  };
  if (mode === null) return matchers;
  // resolves/rejects: wait for the promise, then apply the matcher to its outcome
  const wrapped = {};
  const names = ObjectKeys(matchers);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    wrapped[name] = (...args) =>
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
      });
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
function expect(actual) {
  const matchers = makeMatchers(actual, false, null);
  matchers.not = makeMatchers(actual, true, null);
  matchers.resolves = makeMatchers(actual, false, 'resolves');
  matchers.rejects = makeMatchers(actual, false, 'rejects');
  matchers.resolves.not = makeMatchers(actual, true, 'resolves');
  matchers.rejects.not = makeMatchers(actual, true, 'rejects');
  return matchers;
}
function describe(name, body) {
  const saved = testsState.prefix;
  const savedBefore = testsState.beforeEach;
  const savedAfter = testsState.afterEach;
  testsState.prefix = saved + safeToString(name) + ' > ';
  try {
    body();
  } finally {
    testsState.prefix = saved;
    testsState.beforeEach = savedBefore;
    testsState.afterEach = savedAfter;
  }
}
function it(name, body) {
  const testCase = record();
  testCase.name = testsState.prefix + safeToString(name);
  testCase.body = body;
  testCase.before = testsState.beforeEach;
  testCase.after = testsState.afterEach;
  testCase.status = null;
  testCase.message = null;
  listPush(testsState.cases, testCase);
}
function beforeEach(fn) {
  const list = listFrom(testsState.beforeEach, 0);
  listPush(list, fn);
  testsState.beforeEach = list;
}
function afterEach(fn) {
  const list = listFrom(testsState.afterEach, 0);
  listPush(list, fn);
  testsState.afterEach = list;
}
function registerTests(defineFunction) {
  testsState.define = defineFunction;
}
function runTests(exportsObject) {
  try {
    const sleep = (ms) => timersPromises.setTimeout(ms);
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
  const steps = newList();
  for (let i = 0; i < testCase.before.length; i++) listPush(steps, testCase.before[i]);
  listPush(steps, testCase.body);
  for (let i = 0; i < testCase.after.length; i++) listPush(steps, testCase.after[i]);
  const finish = (error) => {
    if (error === undefined) testCase.status = 'passed';
    else {
      testCase.status = ReflectApply(WeakMapHas, assertionErrors, [error]) ? 'failed' : 'error';
      testCase.message = errorText(error);
    }
    runNextTest();
  };
  const runStep = (index) => {
    if (index >= steps.length) return finish(undefined);
    let result;
    try {
      result = ReflectApply(steps[index], undefined, newList());
    } catch (error) {
      return finish(error);
    }
    whenSettled(
      result,
      () => runStep(index + 1),
      (error) => finish(error === undefined ? null : error),
    );
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
