import type { HostileCase } from '../hostile-case';

const limits = { cpuMs: 300 };
/** Runaway conversions may need the supervisor to kill and respawn the worker. */
const deadlineMs = 10_000;

/** Values thrown or rejected that fight the code describing them. */
export const thrownValueCases: HostileCase[] = [
  {
    name: 'thrown Proxy with recursive get trap',
    source: 'throw new Proxy({}, { get: (target, key, receiver) => receiver[key] });',
    options: limits,
    status: 'crashed',
    deadlineMs,
  },
  {
    name: 'thrown Proxy whose get trap never returns',
    source: 'throw new Proxy(new Error("x"), { get() { for (;;) {} } });',
    options: limits,
    status: ['cpu-limit', 'crashed'],
    deadlineMs,
  },
  {
    name: 'thrown Proxy whose every trap throws',
    source: `
      const boom = () => { throw new Error('trap'); };
      throw new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });`,
    options: limits,
    status: 'crashed',
    deadlineMs,
  },
  {
    name: 'thrown Proxy of a function (typeof is "function")',
    source: 'throw new Proxy(function () {}, { get() { throw new Error("no"); }, apply() { for (;;) {} } });',
    options: limits,
    status: 'crashed',
    deadlineMs,
  },
  {
    name: 'error whose message getter never returns',
    source:
      "const e = new Error('x'); Object.defineProperty(e, 'message', { get() { for (;;) {} } }); throw e;",
    options: limits,
    status: ['cpu-limit', 'crashed'],
    deadlineMs,
  },
  {
    name: 'error whose stack and name getters throw themselves',
    source: `
      const e = new Error('accessors');
      Object.defineProperty(e, 'stack', { get() { throw e; } });
      Object.defineProperty(e, 'name', { get() { throw e; } });
      throw e;`,
    options: limits,
    status: 'crashed',
    deadlineMs,
  },
  {
    name: 'error whose name is an object with a looping toString',
    source: `
      const e = new Error('named');
      e.name = { toString() { for (;;) {} }, [Symbol.toPrimitive]() { for (;;) {} } };
      throw e;`,
    options: limits,
    status: ['crashed', 'cpu-limit'],
    deadlineMs,
  },
  {
    name: 'prepareStackTrace that never returns',
    source: "Error.prepareStackTrace = () => { for (;;) {} }; throw new Error('slow stack');",
    options: limits,
    status: ['crashed', 'cpu-limit'],
    deadlineMs,
  },
  {
    name: 'prepareStackTrace that recurses into itself',
    source: "Error.prepareStackTrace = (e) => new Error('again').stack; throw new Error('recursive stack');",
    options: limits,
    status: ['crashed', 'cpu-limit'],
    deadlineMs,
  },
  {
    name: 'unhandled rejection with a looping Proxy reason',
    source: 'Promise.reject(new Proxy({}, { get() { for (;;) {} }, getPrototypeOf() { for (;;) {} } }));',
    options: limits,
    status: ['cpu-limit', 'crashed'],
    deadlineMs,
  },
  {
    name: 'unhandled rejection with a symbol reason',
    source: "Promise.reject(Symbol('sneaky'));",
    options: limits,
    status: 'crashed',
    deadlineMs,
  },
  {
    name: 'thrown symbol',
    source: "throw Symbol('thrown symbol');",
    options: limits,
    status: 'crashed',
    deadlineMs,
  },
  {
    name: 'thrown null',
    source: 'throw null;',
    options: limits,
    status: 'crashed',
    deadlineMs,
  },
  {
    name: 'thrown undefined from a timer',
    source: 'setTimeout(() => { throw undefined; }, 5);',
    options: limits,
    status: 'crashed',
    deadlineMs,
  },
  {
    name: 'thrown object with looping toString and toPrimitive',
    source:
      'throw { toString() { for (;;) {} }, [Symbol.toPrimitive]() { for (;;) {} }, valueOf() { for (;;) {} } };',
    options: limits,
    status: 'crashed',
    deadlineMs,
  },
  {
    name: 'thrown deeply nested and cyclic object',
    source: `
      let deep = {}; const root = deep;
      for (let i = 0; i < 100000; i++) deep = deep.next = { i };
      deep.next = root;
      throw root;`,
    options: limits,
    status: 'crashed',
    deadlineMs,
  },
  {
    name: 'getter bomb in a logged object is not invoked',
    source:
      "console.log({ get x() { for (;;) {} }, [Symbol.toPrimitive]() { for (;;) {} } }); console.log('after');",
    options: limits,
    status: 'ok',
    deadlineMs,
    // The text Node 24 prints for the same call.
    check: (result) =>
      expect(result.events.map((e) => e.text)).toEqual([
        '{\n  x: [Getter],\n  Symbol(Symbol.toPrimitive): [Function: [Symbol.toPrimitive]]\n}',
        'after',
      ]),
  },
];
