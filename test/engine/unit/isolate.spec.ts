import type { RunOptions } from '@loopgrade/engine';
import { IsolateHost } from '@loopgrade/engine/host/isolate';
import { resolveOptions } from '@loopgrade/engine/host/options';
import { runProgram } from '@loopgrade/engine/host/run-program';

/**
 * Every handle a run opens into its context (scripts, references, modules) keeps that whole context alive.
 * A released run must leave none behind, or finished runs pile up in the isolate's heap.
 */
describe('IsolateHost.release', () => {
  const host = new IsolateHost((message) => {
    throw new Error(`catastrophic isolate error: ${message}`);
  });

  const cases: Array<[string, string, RunOptions]> = [
    ['a CommonJS program', 'setTimeout(() => console.log("done"), 10);', {}],
    [
      'an ES module importing builtins',
      "import { setTimeout as sleep } from 'node:timers/promises';\nawait sleep(5);\nexport const x = 1;",
      { filename: 'main.mjs' },
    ],
    [
      'a module with teacher tests',
      'export function answer() { return 42; }',
      {
        filename: 'main.mjs',
        entry: 'module',
        testSource: "test('answers', () => expect(exports.answer()).toBe(42));",
      },
    ],
    ['a program that does not parse', 'console.log(', {}],
    ['a program stopped at its CPU limit', 'for (;;) {}', { cpuMs: 20 }],
    ['a program that crashes', 'setTimeout(() => { throw new Error("boom"); }, 1);', {}],
  ];

  it.each(cases)('leaves no handle open after %s', (_name, source, options) => {
    const resolved = resolveOptions(options);
    const prepared = host.prepare(resolved.memoryMb);
    runProgram(prepared, source, resolved);
    host.release(prepared);
    expect(prepared.isolate.isDisposed || prepared.isolate.referenceCount === 0).toBe(true);
  });
});
