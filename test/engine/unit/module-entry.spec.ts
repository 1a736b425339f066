import { runInProcess } from './run-in-process';

const MODULE = `
const { setTimeout: sleep } = require('node:timers/promises');
exports.add = (a, b) => a + b;
exports.slowDouble = async (x) => { await sleep(100); return x * 2; };
exports.boom = async () => { await sleep(5); throw new TypeError('nope'); };
exports.shape = () => ({ when: new Date(0), big: 10n, nothing: undefined, list: [1, 'two'] });`;

describe('module entry: invoke and teacher tests', () => {
  it('invokes an export and reports the settled value and virtual time', () => {
    const result = runInProcess(MODULE, { entry: 'module', invoke: { export: 'slowDouble', args: [21] } });
    expect(result.invocation).toEqual({ outcome: 'resolved', value: 42, settledAt: 100 });
  });

  it('describes rejections, missing exports and exotic values as plain data', () => {
    const rejected = runInProcess(MODULE, { entry: 'module', invoke: { export: 'boom', args: [] } });
    expect(rejected.invocation).toEqual({
      outcome: 'rejected',
      value: { $type: 'Error', name: 'TypeError', message: 'nope' },
      settledAt: 5,
    });
    const missing = runInProcess(MODULE, { entry: 'module', invoke: { export: 'nothing', args: [] } });
    expect(missing.invocation?.outcome).toBe('missing');
    const shape = runInProcess(MODULE, { entry: 'module', invoke: { export: 'shape', args: [] } });
    expect(shape.invocation?.value).toEqual({
      when: { $type: 'Date', value: '1970-01-01T00:00:00.000Z' },
      big: { $type: 'bigint', value: '10' },
      nothing: { $type: 'undefined' },
      list: [1, 'two'],
    });
  });

  it('describes -0, and an object of the program with a `$type` key, so neither passes for something else', () => {
    const run = (body: string) =>
      runInProcess(`exports.f = () => ${body};`, { entry: 'module', invoke: { export: 'f', args: [] } })
        .invocation?.value;
    expect(run('-0')).toEqual({ $type: 'number', value: '-0' });
    expect(run("({ $type: 'Error', name: 'TimeoutError', message: 'timed out' })")).toEqual({
      $type: 'object',
      properties: { $type: 'Error', name: 'TimeoutError', message: 'timed out' },
    });
  });

  it('refuses invoke and testSource without entry "module"', () => {
    const result = runInProcess(MODULE, { invoke: { export: 'add', args: [1, 2] } });
    expect(result.status).toBe('error');
    expect(result.message).toBe('invoke and testSource need entry: "module"');
  });

  it('invokes exports of an ES module after its top-level await', () => {
    const result = runInProcess(`await null;\nexport const ready = () => 'yes';`, {
      filename: 'main.mjs',
      entry: 'module',
      invoke: { export: 'ready', args: [] },
    });
    expect(result.invocation).toEqual({ outcome: 'resolved', value: 'yes', settledAt: 0 });
  });

  it('runs teacher tests with describe/it/expect and virtual-time helpers', () => {
    const testSource = `
      describe('math', () => {
        it('adds', () => { expect(exports.add(1, 2)).toBe(3); });
        it('fails', () => { expect(exports.add(1, 2)).toEqual(4); });
        it('doubles after 100 ms', async () => {
          const t0 = now();
          expect(await exports.slowDouble(2)).toBe(4);
          expect(now() - t0).toBe(100);
        });
        it('rejects', async () => { await expect(exports.boom()).rejects.toThrow('nope'); });
        it('errors', () => { null.x; });
        it('hangs', () => new Promise(() => {}));
      });`;
    const result = runInProcess(MODULE, { entry: 'module', testSource });
    expect(result.tests).toEqual([
      { name: 'math > adds', status: 'passed', message: null },
      {
        name: 'math > fails',
        status: 'failed',
        message: 'expect(received).toEqual(expected)\n\nExpected: 4\nReceived: 3',
      },
      { name: 'math > doubles after 100 ms', status: 'passed', message: null },
      { name: 'math > rejects', status: 'passed', message: null },
      { name: 'math > errors', status: 'error', message: "Cannot read properties of null (reading 'x')" },
      {
        name: 'math > hangs',
        status: 'error',
        message: 'not finished: still pending when the event loop went idle',
      },
    ]);
  });

  it('keeps test results honest when student code tampers with the globals the harness uses', () => {
    const student = `
      exports.value = () => 1;
      Promise.prototype.then = function () { return this; };
      Object.defineProperty(Object.prototype, 'status', { get() { return 'passed'; }, set() {} });
      Array.prototype.push = function () {};
      JSON.stringify = () => '[]';`;
    const result = runInProcess(student, {
      entry: 'module',
      testSource: `it('checks', () => { expect(exports.value()).toBe(2); });`,
    });
    expect(result.tests).toEqual([
      {
        name: 'checks',
        status: 'failed',
        message: 'expect(received).toBe(expected)\n\nExpected: 2\nReceived: 1',
      },
    ]);
  });
});
