import type { RunResult } from '@loopgrade/engine';
import type { HostileCase } from '../hostile-case';

const limits = { cpuMs: 1_000 };
const deadlineMs = 5_000;

/** The runtime captured its intrinsics first, so the program's own later stdout still arrives intact. */
const events = (expected: Array<[number, string]>) => (result: RunResult) =>
  expect(
    result.events.filter((event) => event.stream === 'stdout').map((event) => [event.t, event.text]),
  ).toEqual(expected);

/** Overriding, freezing or poisoning the builtins the runtime and grader rely on. */
export const tamperingCases: HostileCase[] = [
  {
    name: 'console methods replaced, then a crash',
    source: `
      console.log = () => {}; console.error = () => {};
      setTimeout(() => { throw new Error('after tamper'); }, 10);`,
    options: limits,
    status: 'crashed',
    deadlineMs,
    explanation: /^Error: after tamper$/,
    check: (result) => expect(result.virtualTimeMs).toBe(10),
  },
  {
    name: 'global timer functions replaced after keeping the real one',
    source: `
      const real = setTimeout;
      globalThis.setTimeout = () => 0; globalThis.clearTimeout = () => {}; globalThis.setImmediate = undefined;
      real(() => console.log('real timer'), 20);`,
    options: limits,
    status: 'ok',
    deadlineMs,
    check: events([[20, 'real timer']]),
  },
  {
    name: 'Promise.prototype.then hijacked',
    source: `
      Promise.prototype.then = function () { throw new Error('then hijacked'); };
      setTimeout(() => console.log('still scheduled'), 30);
      process.nextTick(() => console.log('tick ok'));`,
    options: limits,
    status: 'ok',
    deadlineMs,
    check: events([
      [0, 'tick ok'],
      [30, 'still scheduled'],
    ]),
  },
  {
    name: 'global Promise replaced',
    source: `
      globalThis.Promise = function () { throw new Error('no promises'); };
      (async () => { await null; console.log('async ok'); })();`,
    options: limits,
    status: 'ok',
    deadlineMs,
    check: events([[0, 'async ok']]),
  },
  {
    name: 'JSON.stringify and JSON.parse forged',
    source: `
      JSON.stringify = () => '{"status":"ok","score":100}';
      JSON.parse = () => ({ status: 'ok' });
      console.log({ a: 1 });
      throw new Error('real failure');`,
    options: limits,
    status: 'crashed',
    deadlineMs,
    explanation: /^Error: real failure$/,
    check: events([[0, '{ a: 1 }']]),
  },
  {
    name: 'Array.prototype setters, push, iterator, join and map poisoned',
    source: `
      for (let i = 0; i < 4; i++) Object.defineProperty(Array.prototype, i, { set() { throw new Error('setter ' + i); }, configurable: true });
      Array.prototype.push = () => { throw new Error('push'); };
      Array.prototype[Symbol.iterator] = function* () { yield 'forged'; };
      Array.prototype.join = () => 'forged';
      Array.prototype.map = () => ['forged'];
      console.log('still');
      setTimeout(() => console.log('later'), 5);`,
    options: limits,
    status: 'ok',
    deadlineMs,
    check: events([
      [0, 'still'],
      [5, 'later'],
    ]),
  },
  {
    name: 'Object.prototype.toJSON and result-shaped accessors on Object.prototype',
    source: `
      Object.prototype.toJSON = () => 'pwned';
      for (const key of ['status', 'text', 'stream', 't', 'exitCode', 'events', 'message']) {
        Object.defineProperty(Object.prototype, key, { get() { return 'forged'; }, set() {}, configurable: true });
      }
      console.log('genuine');
      throw new Error('real');`,
    options: limits,
    status: 'crashed',
    deadlineMs,
    explanation: /^Error: real$/,
    check: (result) => {
      expect(result.exitCode).toBe(1);
      expect(result.events[0]).toEqual({ t: 0, stream: 'stdout', text: 'genuine' });
    },
  },
  {
    name: 'Error.prepareStackTrace returns a forged stack',
    source: "Error.prepareStackTrace = () => 'forged stack'; throw new TypeError('real message');",
    options: limits,
    status: 'crashed',
    deadlineMs,
    explanation: /^TypeError: real message$/,
  },
  {
    name: 'Date, Date.now and performance.now replaced',
    source: `
      Date.now = () => 0; performance.now = () => 0; globalThis.Date = class {};
      setTimeout(() => console.log('fired'), 40);`,
    options: limits,
    status: 'ok',
    deadlineMs,
    check: (result) => {
      events([[40, 'fired']])(result);
      expect(result.virtualTimeMs).toBe(40);
    },
  },
  {
    name: 'Function.prototype.toString, call, apply and Reflect.apply poisoned',
    source: `
      Function.prototype.toString = () => { throw new Error('toString'); };
      Function.prototype.call = () => { throw new Error('call'); };
      Function.prototype.apply = () => { throw new Error('apply'); };
      Reflect.apply = () => { throw new Error('Reflect.apply'); };
      setTimeout(() => console.log(function named() {}), 5);`,
    options: limits,
    status: 'ok',
    deadlineMs,
    check: events([[5, '[Function: named]']]),
  },
  {
    name: 'String.prototype methods forged',
    source: `
      for (const name of ['slice', 'replace', 'replaceAll', 'split', 'toWellFormed', 'padStart', 'repeat', 'indexOf', 'charCodeAt']) {
        String.prototype[name] = () => 'forged';
      }
      console.log('genuine text', 'x\\uD800');`,
    options: limits,
    status: 'ok',
    deadlineMs,
    check: events([[0, 'genuine text x\uFFFD']]),
  },
  {
    name: 'globalThis frozen',
    source: "Object.freeze(globalThis); setTimeout(() => console.log('frozen ok'), 10);",
    options: limits,
    status: 'ok',
    deadlineMs,
    check: events([[10, 'frozen ok']]),
  },
  {
    name: 'core constructors and prototypes frozen',
    source: `
      for (const C of [Object, Array, Promise, Function, Error, String, Map, Set]) { Object.freeze(C); Object.freeze(C.prototype); }
      setTimeout(() => console.log('timer ok'), 10);
      Promise.resolve().then(() => console.log('micro ok'));`,
    options: limits,
    status: 'ok',
    deadlineMs,
    check: events([
      [0, 'micro ok'],
      [10, 'timer ok'],
    ]),
  },
  {
    name: 'globalThis given a Proxy prototype whose traps never return',
    source: `
      Object.setPrototypeOf(globalThis, new Proxy({}, { get() { for (;;) {} }, has() { for (;;) {} } }));
      setTimeout(() => console.log('fine'), 5);`,
    options: limits,
    status: 'ok',
    deadlineMs,
    check: events([[5, 'fine']]),
  },
  {
    name: 'error constructors replaced with loops',
    source: `
      for (const name of ['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError']) globalThis[name] = function () { for (;;) {} };
      setTimeout(() => null.x, 5);`,
    options: limits,
    status: 'crashed',
    deadlineMs,
    explanation: /^TypeError: Cannot read properties of null/,
  },
  {
    name: 'process methods overridden before a crash',
    source: `
      process.exit = () => {}; process.nextTick = () => {}; process.exitCode = 0;
      process.on = () => {}; process.emitWarning = () => {};
      throw new Error('cannot be hidden');`,
    options: limits,
    status: 'crashed',
    deadlineMs,
    explanation: /^Error: cannot be hidden$/,
    check: (result) => expect(result.exitCode).toBe(1),
  },
  {
    name: 'Symbol.species and Symbol.iterator hooks on Promise and Array',
    source: `
      Object.defineProperty(Promise, Symbol.species, { get() { throw new Error('species'); } });
      Object.defineProperty(Array, Symbol.species, { get() { throw new Error('species'); } });
      Object.defineProperty(Map.prototype, Symbol.iterator, { value: function* () {} });
      setTimeout(() => console.log('species ok'), 5);
      (async () => { await null; console.log('await ok'); })();`,
    options: limits,
    status: 'ok',
    deadlineMs,
    check: events([
      [0, 'await ok'],
      [5, 'species ok'],
    ]),
  },
];
