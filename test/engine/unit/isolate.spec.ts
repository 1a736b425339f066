import type { RunOptions } from '@loopgrade/engine';
import { IsolateHost } from '@loopgrade/engine/host/isolate';
import { resolveOptions } from '@loopgrade/engine/host/options';
import { runProgram } from '@loopgrade/engine/host/run-program';

/**
 * Every handle a run opens into its context (scripts, references, modules) keeps that whole context alive.
 * A released run must leave none behind, or finished runs pile up in the isolate's heap.
 */
describe('IsolateHost.release', () => {
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
    ['a program stopped at its CPU limit', 'for (;;) {}', { cpuMs: 20 }],
    ['a program whose CPU budget is spent before it starts', 'console.log(1);', { cpuMs: 0.0001 }],
    ['a program that crashes', 'setTimeout(() => { throw new Error("boom"); }, 1);', {}],
  ];
  const newHost = () =>
    new IsolateHost((message) => {
      throw new Error(`catastrophic isolate error: ${message}`);
    });

  it.each(cases)('leaves no handle into the context of %s', (_name, source, options) => {
    const host = newHost();
    const resolved = resolveOptions(options);
    // isolated-vm frees released handles at the isolate's next synchronous call. What an unused context
    // leaves is the host's own (the isolate's garbage collector).
    const unused = host.prepare(resolved.memoryMb);
    host.release(unused);
    unused.isolate.getHeapStatisticsSync();
    const hostOwn = unused.isolate.referenceCount;
    const prepared = host.prepare(resolved.memoryMb);
    expect(prepared.isolate).toBe(unused.isolate);
    runProgram(prepared, source, resolved);
    host.release(prepared);
    expect(prepared.isolate.isDisposed).toBe(false);
    prepared.isolate.getHeapStatisticsSync();
    expect(prepared.isolate.referenceCount).toBe(hostOwn);
  });

  it('replaces the isolate after a module fails to link, which isolated-vm never lets go of', () => {
    const host = newHost();
    const resolved = resolveOptions({ filename: 'main.mjs' });
    const prepared = host.prepare(resolved.memoryMb);
    const result = runProgram(prepared, "import { nope } from 'node:events';\nconsole.log(nope);", resolved);
    expect(result.status).toBe('crashed');
    host.release(prepared);
    expect(prepared.isolate.isDisposed).toBe(true);
    expect(host.prepare(resolved.memoryMb).isolate).not.toBe(prepared.isolate);
  });
});
