import { runInProcess, stderrText, stdoutLines } from './run-in-process';

// Expected prints follow real Node 24.21 output for the same snippets (paths replaced by our file name).
describe('crashes as in Node', () => {
  it('stops at once on an uncaught exception in a timer, printing the excerpt, caret and stack', () => {
    const result = runInProcess(`console.log('a');
  setTimeout(() => { const x = 1; throw new Error('boom'); }, 10);
setTimeout(() => console.log('never'), 20);`);
    expect(result.status).toBe('crashed');
    expect(result.exitCode).toBe(1);
    expect(stdoutLines(result)).toEqual(['a']);
    expect(stderrText(result)).toBe(
      "main.js:2\n  setTimeout(() => { const x = 1; throw new Error('boom'); }, 10);\n" +
        '                                  ^\n\nError: boom\n    at Timeout._onTimeout (main.js:2:41)\n\nNode.js v24.21.0',
    );
    expect(result.error).toEqual({ name: 'Error', message: 'boom', line: 2, column: 41 });
    expect(result.events[1].t).toBe(10);
  });

  it('reports an unhandled rejection only after the current drain, with the rejection print', () => {
    const result = runInProcess(`
      const p = Promise.reject(new TypeError('bad'));
      process.nextTick(() => console.log('tick still runs'));
      Promise.resolve().then(() => console.log('promise still runs'));
      setTimeout(() => console.log('never'), 1);`);
    expect(stdoutLines(result)).toEqual(['tick still runs', 'promise still runs']);
    expect(result.status).toBe('crashed');
    expect(result.unhandledRejection).toBe(true);
    expect(result.error).toMatchObject({ name: 'TypeError', message: 'bad', line: 2 });
    expect(stderrText(result)).toContain('TypeError: bad\n    at Object.<anonymous> (main.js:2:32)');
  });

  it('does not crash when the rejection is handled later in the same drain', () => {
    const result = runInProcess(`
      const p = Promise.reject(new Error('late'));
      Promise.resolve().then(() => p.catch((e) => console.log('caught', e.message)));`);
    expect(result.status).toBe('ok');
    expect(stdoutLines(result)).toEqual(['caught late']);
  });

  it('pins a known divergence: a rejection handled by a nextTick queued from a promise job is fatal here', () => {
    // Real Node 24 prints "handled" and exits 0: it checks rejections only after that tick ran. isolated-vm
    // reports the rejection at the end of the call that ran the promise jobs (event-loop.md §8).
    const result = runInProcess(`
      const p = Promise.reject(new Error('x'));
      Promise.resolve().then(() => process.nextTick(() => p.catch(() => console.log('handled'))));`);
    expect(result.status).toBe('crashed');
    expect(result.unhandledRejection).toBe(true);
  });

  it('prints Node’s UnhandledPromiseRejection for a non-error reason', () => {
    const result = runInProcess('Promise.reject(42);');
    expect(stderrText(result)).toContain(
      'UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, ' +
        'or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "42".',
    );
    expect(result.exitCode).toBe(1);
  });

  it('treats a throw inside queueMicrotask as an uncaught exception', () => {
    const result = runInProcess(`
      queueMicrotask(() => { throw new Error('qm boom'); });
      Promise.resolve().then(() => console.log('not observable'));`);
    expect(result.status).toBe('crashed');
    expect(stdoutLines(result)).toEqual([]);
    expect(stderrText(result)).toContain('Error: qm boom');
  });

  it('reports syntax errors with position and Node’s excerpt', () => {
    const result = runInProcess('console.log(1);\nlet x = ;\n');
    expect(result.status).toBe('syntax-error');
    expect(result.error).toEqual({
      name: 'SyntaxError',
      message: "Unexpected token ';'",
      line: 2,
      column: 9,
    });
    expect(stderrText(result)).toBe(
      "main.js:2\nlet x = ;\n        ^\n\nSyntaxError: Unexpected token ';'\n\nNode.js v24.21.0",
    );
  });

  it('exits with process.exit(code) at once and with process.exitCode at the end', () => {
    const exited = runInProcess(
      `setTimeout(() => { console.log('b'); process.exit(3); console.log('c'); }, 5); setTimeout(() => console.log('d'), 6);`,
    );
    expect(stdoutLines(exited)).toEqual(['b']);
    expect(exited.exitCode).toBe(3);
    const exitCode = runInProcess(`process.exitCode = 4; console.log('done');`);
    expect(exitCode.exitCode).toBe(4);
    expect(stdoutLines(exitCode)).toEqual(['done']);
  });

  it('crashes cleanly when the program redefines process internals it can find', () => {
    const result = runInProcess(`
      for (const key of Object.getOwnPropertySymbols(process))
        Object.defineProperty(process, key, { value: Object.create(null, { uncaughtException: { get() { throw 1; } } }) });
      throw new Error('x');`);
    expect(result.status).toBe('crashed');
  });

  it('an unhandledRejection listener that rejects again loops until the CPU limit, not the host stack', () => {
    const result = runInProcess(
      `process.on('unhandledRejection', () => Promise.reject(new Error('again'))); Promise.reject(new Error('first'));`,
      { cpuMs: 200 },
    );
    expect(result.status).toBe('cpu-limit');
  });

  it('keeps exit code 13 when the program calls the entry hook itself before an endless await', () => {
    const result = runInProcess(
      `globalThis[Symbol.for('loopgrade.main')]({});\nawait new Promise(() => {});`,
      { filename: 'main.mjs' },
    );
    expect(result.status).toBe('crashed');
    expect(result.exitCode).toBe(13);
  });

  it('exits with code 13 and a warning when the entry module’s top-level await never settles', () => {
    const result = runInProcess(`console.log('start');\nawait new Promise(() => {});`, {
      filename: 'main.mjs',
    });
    expect(result.exitCode).toBe(13);
    expect(stdoutLines(result)).toEqual(['start']);
    // Node 24.21 names the pending await: "...at file:///path/main.mjs:2", the line, a caret and blank lines.
    expect(stderrText(result)).toBe(
      'Warning: Detected unsettled top-level await at file:///main.mjs:2\nawait new Promise(() => {});\n^\n\n\n',
    );
  });

  it('reports an ES module’s top-level throw after await as an uncaught exception at its position', () => {
    const result = runInProcess(`await null;\nthrow new RangeError('late');`, { filename: 'main.mjs' });
    expect(result.status).toBe('crashed');
    expect(result.error).toEqual({ name: 'RangeError', message: 'late', line: 2, column: 7 });
    expect(stderrText(result)).toBe(
      "file:///main.mjs:2\nthrow new RangeError('late');\n      ^\n\nRangeError: late\n    at file:///main.mjs:2:7\n\nNode.js v24.21.0",
    );
  });
});
