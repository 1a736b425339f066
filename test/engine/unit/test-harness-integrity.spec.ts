import { runInProcess } from './run-in-process';

/**
 * Teacher tests run in the student's realm, after the student's module: whatever the student tampers with,
 * a test the honest student fails must still fail. Each case below made a failing test pass before.
 */
const HONEST_STUDENT = `
exports.add = (a, b) => a - b;
exports.later = async () => 0;
exports.greet = () => 'nope';
exports.thrower = () => { throw new Error('other'); };
exports.plain = () => ({});
`;

const TEACHER_TESTS = `
it('not', () => { expect(exports.add(2, 2)).not.toBe(0); });
it('resolves', async () => { await expect(exports.later()).resolves.toBe(42); });
it('rejects', async () => { await expect(exports.later()).rejects.toThrow('boom'); });
it('async body', async () => { expect(await exports.later()).toBe(42); });
it('toMatch', () => { expect(exports.greet()).toMatch(/^hello world$/); });
it('toThrow regexp', () => { expect(() => exports.thrower()).toThrow(/^exact message$/); });
it('toThrow class', () => { expect(() => exports.thrower()).toThrow(TypeError); });
it('toBeInstanceOf', () => { expect(exports.plain()).toBeInstanceOf(Map); });
`;

function statuses(student: string): Record<string, string> {
  const result = runInProcess(HONEST_STUDENT + student, { entry: 'module', testSource: TEACHER_TESTS });
  return Object.fromEntries((result.tests ?? []).map((test) => [test.name, test.status]));
}

const ALL_FAILED = {
  not: 'failed',
  resolves: 'failed',
  rejects: 'failed',
  'async body': 'failed',
  toMatch: 'failed',
  'toThrow regexp': 'failed',
  'toThrow class': 'failed',
  toBeInstanceOf: 'failed',
};

describe('teacher tests against a tampering student', () => {
  it('fail for the honest student (the baseline)', () => {
    expect(statuses('')).toEqual(ALL_FAILED);
  });

  it.each([
    [
      'accessors for not/resolves/rejects on Object.prototype',
      `const fake = new Proxy({}, { get: () => () => Promise.resolve() });
       for (const k of ['not', 'resolves', 'rejects'])
         Object.defineProperty(Object.prototype, k, { get: () => fake, set() {}, configurable: true });`,
    ],
    [
      'Promise[Symbol.hasInstance] and a then that turns rejections into success',
      `const realThen = Promise.prototype.then;
       Object.defineProperty(Promise, Symbol.hasInstance, { value: () => false });
       Promise.prototype.then = function (ok) { return realThen.call(this, ok, () => ok()); };`,
    ],
    [
      'RegExp.prototype.source emptied',
      `Object.defineProperty(RegExp.prototype, 'source', { get: () => '' });`,
    ],
    [
      'Symbol.hasInstance answering yes',
      `for (const C of [TypeError, Map]) Object.defineProperty(C, Symbol.hasInstance, { value: () => true });`,
    ],
    [
      'Promise.prototype.constructor made to throw',
      `Object.defineProperty(Promise.prototype, 'constructor', { get() { throw new Error('species'); } });`,
    ],
  ])('stay failed: %s', (_name, tampering) => {
    const result = statuses(tampering);
    for (const [name, status] of Object.entries(result)) {
      expect([name, status === 'passed' ? 'passed' : 'not passed']).toEqual([name, 'not passed']);
    }
    expect(Object.keys(result)).toEqual(Object.keys(ALL_FAILED));
  });

  it('an escaping throw from a hostile Symbol.hasInstance is the program’s crash, within the CPU limit', () => {
    const result = runInProcess(
      `export const f = () => 1;
       Object.defineProperty(Promise, Symbol.hasInstance, { value() { throw new Proxy({}, { get() { for (;;) {} } }); } });`,
      { filename: 'main.mjs', entry: 'module', invoke: { export: 'f', args: [] }, cpuMs: 200 },
    );
    expect(result.status).not.toBe('error');
    expect(result.invocation).toEqual({ outcome: 'resolved', value: 1, settledAt: 0 });
  });
});

describe('teacher tests against a program that ends, throws oddly or redirects the harness', () => {
  const statusesOf = (student: string, tests: string) =>
    Object.fromEntries(
      (runInProcess(student, { entry: 'module', testSource: tests }).tests ?? []).map((test) => [
        test.name,
        test.status,
      ]),
    );

  it('a test whose body throws undefined errors instead of passing', () => {
    expect(
      statusesOf(
        'exports.add = () => { throw undefined; };',
        `it('sync', () => { expect(exports.add(2, 2)).toBe(4); });
         describe('block', () => {
           it('hook', () => {});
           beforeEach(() => { throw undefined; });
         });`,
      ),
    ).toEqual({ sync: 'error', 'block > hook': 'error' });
  });

  it('process.exit() inside toThrow or .rejects never passes a test', () => {
    const result = runInProcess(
      'exports.parse = () => process.exit(0); exports.load = async () => process.exit(0);',
      {
        entry: 'module',
        testSource: `it('throws', () => { expect(() => exports.parse('bad')).toThrow(Error); });`,
      },
    );
    expect(result.tests?.[0].status).not.toBe('passed');
    const rejecting = runInProcess('exports.load = async () => process.exit(0);', {
      entry: 'module',
      testSource: `it('rejects', async () => { await expect(exports.load()).rejects.toThrow(); });`,
    });
    expect(rejecting.tests?.[0].status).not.toBe('passed');
  });

  it('an awaited .resolves/.rejects and sleep() hold when Promise.prototype.constructor and then are replaced', () => {
    expect(
      statusesOf(
        `exports.later = async () => 0;
         const then = Promise.prototype.then;
         Promise.prototype.constructor = Object;
         Promise.prototype.then = function (ok) { return then.call(this, ok, () => ok()); };`,
        `it('resolves', async () => { await expect(exports.later()).resolves.toBe(42); });
         it('rejects', async () => { await expect(exports.later()).rejects.toThrow('boom'); });`,
      ),
    ).toEqual({ resolves: 'failed', rejects: 'failed' });
  });

  it('sleep() keeps the virtual time when node:timers/promises is patched', () => {
    expect(
      statusesOf(
        `let count = 0, timer;
         exports.start = () => { timer = setInterval(() => count++, 200); };
         exports.stop = () => clearInterval(timer);
         exports.count = () => count;
         const tp = require('node:timers/promises'); const original = tp.setTimeout;
         tp.setTimeout = (ms, ...rest) => original(ms * 2, ...rest);`,
        `it('ticks every 100 ms', async () => {
           exports.start(); await sleep(1050); exports.stop();
           expect(exports.count()).toBe(10);
         });`,
      ),
    ).toEqual({ 'ticks every 100 ms': 'failed' });
  });
});

describe('matchers as Jest defines them', () => {
  const run = (tests: string) =>
    Object.fromEntries(
      (runInProcess('exports.x = 1;', { entry: 'module', testSource: tests }).tests ?? []).map((test) => [
        test.name,
        test.status,
      ]),
    );

  it('toEqual tells a plain object from a Map, a Set, a Date and an Error', () => {
    expect(
      run(`
        it('map', () => expect({}).toEqual(new Map([['a', 1]])));
        it('set', () => expect({}).toEqual(new Set([1])));
        it('date', () => expect({}).toEqual(new Date(0)));
        it('error', () => expect({}).toEqual(new RangeError('bad')));
        it('messages differ', () => expect(new Error('a')).toEqual(new Error('b')));
        it('same error', () => expect(new Error('a')).toEqual(new Error('a')));`),
    ).toEqual({
      map: 'failed',
      set: 'failed',
      date: 'failed',
      error: 'failed',
      'messages differ': 'failed',
      'same error': 'passed',
    });
  });

  it('toThrow compares an expected error by message and needs a function; toEqual sees bytes, symbols, boxes', () => {
    expect(
      run(`
        it('other message', () => expect(() => { throw new Error('else'); }).toThrow(new Error('exact')));
        it('same message', () => expect(() => { throw new TypeError('exact'); }).toThrow(new Error('exact')));
        it('not a function', () => expect(false).toThrow(TypeError));
        it('bytes', () => expect(new Uint8Array([9]).buffer).toEqual(new Uint8Array([1]).buffer));
        it('same bytes', () => expect(new Uint8Array([1]).buffer).toEqual(new Uint8Array([1]).buffer));
        it('symbol key', () => expect({ [Symbol.for('id')]: 'a' }).toEqual({ [Symbol.for('id')]: 'b' }));
        it('boxed', () => expect(new Number(1)).toEqual(new Number(2)));`),
    ).toEqual({
      'other message': 'failed',
      'same message': 'passed',
      'not a function': 'failed',
      bytes: 'failed',
      'same bytes': 'passed',
      'symbol key': 'failed',
      boxed: 'failed',
    });
  });

  it('compares Sets and Maps regardless of order, and toHaveProperty works without a value', () => {
    expect(
      run(`
        it('set order', () => expect(new Set([1, 2])).toEqual(new Set([2, 1])));
        it('map order', () => expect(new Map([['a', 1], ['b', 2]])).toEqual(new Map([['b', 2], ['a', 1]])));
        it('map value', () => expect(new Map([['a', 1]])).toEqual(new Map([['a', 2]])));
        it('has x', () => expect({ x: 1 }).toHaveProperty('x'));
        it('has x = 2', () => expect({ x: 1 }).toHaveProperty('x', 2));`),
    ).toEqual({
      'set order': 'passed',
      'map order': 'passed',
      'map value': 'failed',
      'has x': 'passed',
      'has x = 2': 'failed',
    });
  });
});
