import os from 'node:os';
import path from 'node:path';
import type { RunResult } from '@loopgrade/engine';
import type { HostileCase } from '../hostile-case';
import { allOutput, HOST_TRACE, stdoutLines } from '../hostile-case';

/** Every escape payload tries to create this file; the suite asserts it never exists. */
export const ESCAPE_MARKER = path.join(os.tmpdir(), `loopgrade-escape-marker-${process.pid}`);
const touch = `.writeFileSync(${JSON.stringify(ESCAPE_MARKER)}, 'escaped')`;

const limits = { cpuMs: 1_000 };
const deadlineMs = 5_000;
/** What a sandbox says when a capability does not exist. */
const NOT_THERE =
  /not defined|not supported|not available|not a function|Cannot find|No such built-in module|Cannot read properties of undefined|does not provide/;

const noHostTrace = (result: RunResult) => {
  expect(allOutput(result)).not.toMatch(HOST_TRACE);
  expect(result.error?.message ?? '').not.toMatch(HOST_TRACE);
  expect(result.message ?? '').not.toMatch(HOST_TRACE);
};

/** Reaching for Node's host objects, directly and through the published vm2 escape shapes. */
export const hostAccessCases: HostileCase[] = [
  {
    name: 'require of child_process',
    source: `require('child_process').execSync('touch ${ESCAPE_MARKER}');`,
    options: limits,
    status: 'crashed',
    deadlineMs,
    explanation: NOT_THERE,
  },
  {
    name: 'require of fs through module.require',
    source: `module.require('fs')${touch};`,
    options: limits,
    status: 'crashed',
    deadlineMs,
    explanation: NOT_THERE,
  },
  {
    name: 'process.binding and process.mainModule',
    source: `
      try { process.binding('spawn_sync'); } catch (e) { console.log('binding:', e.name); }
      process.mainModule.require('fs')${touch};`,
    options: limits,
    status: 'crashed',
    deadlineMs,
    explanation: NOT_THERE,
  },
  {
    name: 'Buffer global',
    source: "Buffer.from('x');",
    options: limits,
    status: 'crashed',
    deadlineMs,
    explanation: /^ReferenceError: Buffer is not defined/,
  },
  {
    name: 'constructor chain to a Function returning require',
    source: `({}).constructor.constructor('return require')()('fs')${touch};`,
    options: limits,
    status: 'crashed',
    deadlineMs,
    explanation: NOT_THERE,
  },
  {
    name: 'constructor chain from a timer handle and a console method',
    source: `
      const fromTimer = setTimeout(() => {}, 0).constructor.constructor('return this')();
      const fromConsole = console.log.constructor('return this')();
      console.log(fromTimer === globalThis, fromConsole === globalThis);
      fromTimer.require('fs')${touch};`,
    options: limits,
    status: 'crashed',
    deadlineMs,
    explanation: NOT_THERE,
    check: (result) => expect(stdoutLines(result)).toEqual(['true true']),
  },
  {
    name: 'process.env and argv hold nothing of the host',
    source: `
      console.log(JSON.stringify(process.env ?? null));
      console.log(JSON.stringify(process.argv ?? null), String(process.cwd?.()));`,
    options: limits,
    status: ['ok', 'crashed'],
    deadlineMs,
    check: (result) => {
      noHostTrace(result);
      expect(allOutput(result)).not.toContain(process.env.PATH ?? '\u0000');
    },
  },
  {
    name: 'dynamic import of node:fs',
    source: `import('node:fs').then((fs) => fs${touch});`,
    options: limits,
    status: 'crashed',
    deadlineMs,
    check: noHostTrace,
  },
  {
    name: 'static import of node:child_process in an ES module',
    source: `import { execSync } from 'node:child_process';\nexecSync('touch ${ESCAPE_MARKER}');`,
    options: { ...limits, filename: 'main.mjs' },
    status: ['crashed', 'syntax-error'],
    deadlineMs,
    explanation: NOT_THERE,
  },
  {
    name: 'prepareStackTrace CallSite probing',
    source: `
      Error.prepareStackTrace = (error, sites) => sites.map((site) => {
        const fn = site.getFunction?.();
        const self = site.getThis?.();
        let reached = 'none';
        try { reached = typeof fn?.constructor('return typeof require')(); } catch (e) { reached = e.name; }
        return [site.getFileName?.(), typeof self, reached].join('|');
      });
      const stack = new Error('probe').stack;
      console.log(Array.isArray(stack) ? stack.join('\\n') : String(stack));
      setTimeout(function probe() { console.log(String(new Error('in timer').stack)); }, 1);`,
    options: limits,
    status: 'ok',
    deadlineMs,
    check: noHostTrace,
  },
  {
    name: 'stack-trace hook with async errors (CVE-2023-29017 shape)',
    source: `
      Error.prepareStackTrace = (error, sites) => {
        for (const site of sites) {
          const self = site.getThis?.();
          if (self && self.constructor) self.constructor.constructor('return require')()('fs')${touch};
        }
        return 'hooked';
      };
      async function fn() { (function stack() { new Error().stack; stack(); })(); }
      fn().catch((e) => console.log('caught', e.name));`,
    options: limits,
    status: ['ok', 'crashed'],
    deadlineMs,
    check: noHostTrace,
  },
  {
    name: 'promise Symbol.species executor (CVE-2023-37466 shape)',
    source: `
      async function fn() { (function stack() { new Error().stack; stack(); })(); }
      const p = fn();
      p.constructor = {
        [Symbol.species]: class FakePromise {
          constructor(executor) {
            executor((x) => x, (err) => err.constructor.constructor('return require')()('fs')${touch});
          }
        },
      };
      p.then();`,
    options: limits,
    status: ['ok', 'crashed'],
    deadlineMs,
    check: noHostTrace,
  },
  {
    name: 'inspect.custom hook reaching for require',
    source: `console.log({ [Symbol.for('nodejs.util.inspect.custom')]() { return Function('return require')()('fs')${touch}; } });`,
    options: limits,
    status: ['ok', 'crashed'],
    deadlineMs,
    check: (result) => {
      noHostTrace(result);
      if (result.status === 'crashed') expect(result.error?.message).toMatch(NOT_THERE);
    },
  },
  {
    name: 'Proxy traps observing every argument the runtime passes in',
    source: `
      const seen = [];
      const spy = new Proxy(function () {}, {
        apply(target, self, args) { for (const a of args) seen.push(typeof a === 'object' && a ? Object.keys(a).join(',') : typeof a); },
        get(target, key) { seen.push(String(key)); return Reflect.get(target, key); },
      });
      setTimeout(spy, 1, 'x');
      setImmediate(spy);
      process.nextTick(spy);
      queueMicrotask(spy);
      setTimeout(() => console.log(JSON.stringify(seen)), 5);`,
    options: limits,
    status: 'ok',
    deadlineMs,
    check: noHostTrace,
  },
  {
    name: 'globals enumerated for leaked isolated-vm handles',
    source: `
      // Method names only isolated-vm's Reference/ExternalCopy/Callback handles carry.
      const suspicious = /^(applySync|applySyncPromise|applyIgnored|derefInto|copySync|copyInto|getSync|setSync)$/;
      const found = [];
      const visit = (owner, label, depth) => {
        let names = [];
        try { names = Reflect.ownKeys(owner); } catch { return; }
        for (const key of names) {
          let value;
          try { value = owner[key]; } catch { continue; }
          const name = String(key);
          if (suspicious.test(name) && typeof value === 'function') found.push(label + '.' + name);
          const ctor = value && value.constructor && value.constructor.name;
          if (/^(Reference|ExternalCopy|Callback|Isolate|Context|NativeModule)$/.test(ctor)) found.push(label + '.' + name + ':' + ctor);
          if (depth < 2 && value && (typeof value === 'object' || typeof value === 'function')) visit(value, label + '.' + name, depth + 1);
        }
      };
      visit(globalThis, 'globalThis', 0);
      console.log(JSON.stringify(found));`,
    options: limits,
    status: 'ok',
    deadlineMs,
    check: (result) => expect(stdoutLines(result)).toEqual(['[]']),
  },
  {
    name: 'runtime source and stack traces read from inside',
    source: `
      console.log(setTimeout.toString().length > 0, String(console.log).length > 0);
      console.log(String(new Error('where am I').stack));
      console.log(String(Promise.resolve.toString()));
      try { null.x; } catch (e) { console.log(e.stack); }`,
    options: limits,
    status: 'ok',
    deadlineMs,
    check: noHostTrace,
  },
  {
    name: 'host paths absent from a crash report',
    source: 'function failing() { return undefined.property; }\nsetTimeout(failing, 5);',
    options: limits,
    status: 'crashed',
    deadlineMs,
    explanation: /^TypeError: Cannot read properties of undefined \(reading 'property'\)$/,
    check: noHostTrace,
  },
  {
    name: 'pollution left for the next submission',
    source: `
      globalThis.leakedSecret = 'from a previous run';
      Object.prototype.polluted = 'yes';
      Array.prototype.polluted = 'yes';
      console.log('polluted');`,
    options: limits,
    status: 'ok',
    deadlineMs,
  },
];
