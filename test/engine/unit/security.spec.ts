import { runInProcess, stderrText, stdoutLines } from './run-in-process';

describe('hostile student code', () => {
  it('cannot falsify the recorded timeline by replacing builtins the runtime uses', () => {
    const result = runInProcess(`
      const write = process.stdout.write;
      console.log = () => {};
      JSON.stringify = () => '[]';
      Array.prototype.push = () => 0;
      Object.defineProperty(Array.prototype, '0', { set() {}, configurable: true });
      Object.prototype.toJSON = () => ({ status: 'ok' });
      String.prototype.slice = () => 'forged';
      Date.now = () => 0;
      Promise.prototype.then = function () { return this; };
      setTimeout(() => { console.error('real'); throw new Error('real crash'); }, 5);`);
    expect(result.status).toBe('crashed');
    expect(result.events.map((e) => [e.t, e.stream])).toEqual([
      [5, 'stderr'],
      [5, 'stderr'],
    ]);
    expect(stderrText(result)).toContain('Error: real crash');
  });

  it('keeps Error.prepareStackTrace from hiding the crash verdict', () => {
    const result = runInProcess(`Error.prepareStackTrace = () => 'all tests passed'; throw new Error('x');`);
    expect(result.status).toBe('crashed');
    expect(result.exitCode).toBe(1);
  });

  it('exposes no isolated-vm handle, host object or Node API on the global object', () => {
    const result = runInProcess(`
      const suspicious = [];
      for (const name of Reflect.ownKeys(globalThis)) {
        const value = globalThis[name];
        if (value && (typeof value === 'object' || typeof value === 'function') &&
            ['derefInto', 'copySync', 'applySync', 'deref', 'copy'].some((m) => m in value)) suspicious.push(String(name));
      }
      console.log(suspicious.length, typeof globalThis.require, typeof globalThis.module, typeof Buffer, process.env.PATH);`);
    expect(stdoutLines(result)).toEqual(['0 undefined undefined undefined undefined']);
  });

  it('ends a thrown Proxy with looping traps at the CPU budget', () => {
    const result = runInProcess(`throw new Proxy({}, { get() { while (true) {} } });`, { cpuMs: 100 });
    expect(result.status).toBe('cpu-limit');
  });

  it('runs teacher test code in strict mode so student functions cannot read their callers', () => {
    const result = runInProcess(
      `exports.peek = function peek() { return peek.caller === null ? 'hidden' : 'leaked'; };`,
      {
        entry: 'module',
        testSource: `it('peeks', () => { expect(exports.peek()).toBe('hidden'); });`,
      },
    );
    expect(result.tests).toEqual([{ name: 'peeks', status: 'passed', message: null }]);
  });
});
