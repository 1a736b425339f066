import { runInProcess, stderrText, stdoutLines, timeline } from './run-in-process';

describe('sources and modules', () => {
  it('loads node:timers, node:timers/promises, node:events and node:util with or without the prefix', () => {
    const result = runInProcess(`
      const { setTimeout: sleep } = require('node:timers/promises');
      const EventEmitter = require('events');
      const { once } = require('node:events');
      const util = require('util');
      const timers = require('timers');
      const e = new EventEmitter();
      e.once('go', (x) => console.log('once', x));
      console.log(e.emit('go', 1), e.emit('go', 2), e.listenerCount('go'));
      once(e, 'later').then(([v]) => console.log('once()', v));
      timers.setTimeout(() => e.emit('later', 'v'), 5);
      util.promisify(setTimeout)(10).then(() => console.log('promisified'));
      sleep(20, 'slept').then(console.log);
      console.log(util.format('%s:%d %j', 'n', 42, { a: 1 }), util.inspect(new Map([[1, { b: [2] }]])));`);
    expect(timeline(result)).toEqual([
      'once 1@0',
      'true false 0@0',
      'n:42 {"a":1} Map(1) { 1 => { b: [ 2 ] } }@0',
      'once() v@5',
      'promisified@10',
      'slept@20',
    ]);
  });

  it('names the module in the error for anything else', () => {
    const result = runInProcess(`require('fs');`);
    expect(result.status).toBe('crashed');
    expect(result.error?.message).toBe(
      "Cannot find module 'fs': the sandbox runs a single file and only node:timers, node:timers/promises, node:events and node:util can be loaded",
    );
  });

  it('imports builtins in an ES module and refuses other imports before running anything', () => {
    const ok = runInProcess(
      `import { setTimeout as sleep } from 'node:timers/promises';\nimport EventEmitter, { once } from 'node:events';\n` +
        `await sleep(5);\nconsole.log(typeof EventEmitter, typeof once, performance.now());`,
      { filename: 'main.mjs' },
    );
    expect(stdoutLines(ok)).toEqual(['function function 5']);
    const refused = runInProcess(`import fs from 'node:fs';\nconsole.log('never');`, {
      filename: 'main.mjs',
    });
    expect(refused.status).toBe('crashed');
    expect(stdoutLines(refused)).toEqual([]);
    expect(stderrText(refused)).toContain("Cannot find module 'node:fs'");
  });

  it('strips TypeScript types keeping positions (.ts as CommonJS, .mts as an ES module)', () => {
    const ts = runInProcess(
      `interface User { name: string }\nconst users: User[] = [{ name: 'a' }];\n` +
        `setTimeout((): void => { throw new Error(users[0].name as string); }, 10);`,
      { filename: 'main.ts' },
    );
    expect(ts.error).toEqual({ name: 'Error', message: 'a', line: 3, column: 32 });
    const mts = runInProcess(`const x: number = await Promise.resolve(5);\nconsole.log('mts', x);`, {
      filename: 'main.mts',
    });
    expect(stdoutLines(mts)).toEqual(['mts 5']);
  });

  it('reports TypeScript syntax that strip-only mode cannot handle as a syntax error', () => {
    const result = runInProcess(`enum Color { Red }`, { filename: 'main.ts' });
    expect(result.status).toBe('syntax-error');
    expect(result.error?.message).toBe('TypeScript enum is not supported in strip-only mode');
  });

  it('provides the web globals Node has (URL, TextEncoder, structuredClone, EventTarget)', () => {
    const result = runInProcess(`
      const u = new URL('/a/../b?x=1#h', 'https://Example.com:443/c/d');
      console.log(u.href, u.host, u.pathname, u.searchParams.get('x'));
      console.log(new TextDecoder().decode(new TextEncoder().encode('héllo €')));
      const copy = structuredClone({ m: new Map([[1, [2]]]) });
      console.log(copy.m.get(1));
      const target = new EventTarget();
      target.addEventListener('ping', (e) => console.log('got', e.type), { once: true });
      target.dispatchEvent(new Event('ping')); target.dispatchEvent(new Event('ping'));
      console.log(typeof WebAssembly, typeof SharedArrayBuffer, typeof Atomics, typeof WeakRef);`);
    expect(stdoutLines(result)).toEqual([
      'https://example.com/b?x=1#h example.com /b 1',
      'héllo €',
      '[ 2 ]',
      'got ping',
      'undefined undefined undefined undefined',
    ]);
  });

  describe('what the runtime keeps from student code, in every kind of entry', () => {
    const probe = `[typeof __loopgradeHostCall, typeof WebAssembly, typeof SharedArrayBuffer, typeof Atomics,
      typeof FinalizationRegistry, typeof WeakRef, typeof ArrayBuffer.prototype.resize].join(' ')`;
    const ABSENT = Array(7).fill('undefined').join(' ');

    it('a CommonJS program sees no host entry point, no WebAssembly, shared memory or weak references', () => {
      expect(stdoutLines(runInProcess(`console.log(${probe});`))).toEqual([ABSENT]);
    });

    it('an ES module sees none of them either', () => {
      const result = runInProcess(`console.log(${probe});`, { filename: 'main.mjs' });
      expect(stdoutLines(result)).toEqual([ABSENT]);
    });

    it('nor does teacher test code run against a module', () => {
      const result = runInProcess('exports.x = 1;', {
        entry: 'module',
        testSource: `it('probe', () => { expect(${probe}).toBe('${ABSENT}'); });`,
      });
      expect(result.tests).toEqual([{ name: 'probe', status: 'passed', message: null }]);
    });
  });
});
