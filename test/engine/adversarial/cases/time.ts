import type { HostileCase } from '../hostile-case';
import { stdoutLines } from '../hostile-case';

const cpu = { cpuMs: 300 };
const deadlineMs = 5_000;

/** Work that never ends: synchronous loops, endless queues, and clocks that never move. */
export const timeCases: HostileCase[] = [
  {
    name: 'synchronous infinite loop',
    source: 'while (true) {}',
    options: cpu,
    status: 'cpu-limit',
    deadlineMs,
  },
  {
    name: 'infinite loop inside a timer callback',
    source: 'setTimeout(() => { for (;;) {} }, 100);',
    options: cpu,
    status: 'cpu-limit',
    deadlineMs,
  },
  {
    name: 'endless promise-job chain',
    source: 'const spin = () => Promise.resolve().then(spin); spin();',
    options: cpu,
    // Every promise stays pending, chained to the next: the heap grows while the CPU burns (real Node
    // ends this one out of memory). Which limit is reached first depends on the garbage collector.
    status: ['cpu-limit', 'memory-limit'],
    deadlineMs,
  },
  {
    name: 'endless queueMicrotask chain',
    source: 'const spin = () => queueMicrotask(spin); spin();',
    options: cpu,
    status: 'cpu-limit',
    deadlineMs,
  },
  {
    name: 'endless await loop',
    source: '(async () => { for (;;) await null; })();',
    options: cpu,
    status: 'cpu-limit',
    deadlineMs,
  },
  {
    name: 'endless async generator consumed with for await',
    source: `
      async function* forever() { for (;;) yield 1; }
      (async () => { for await (const _ of forever()) {} })();`,
    options: cpu,
    status: 'cpu-limit',
    deadlineMs,
  },
  {
    name: 'recursive nextTick (ticks-per-drain cap)',
    source: 'const spin = () => process.nextTick(spin); spin();',
    options: { ...cpu, maxCallbacks: 10_000 },
    status: 'event-limit',
    deadlineMs,
  },
  {
    name: 'recursive zero-delay timers (callback cap)',
    source: 'const spin = () => setTimeout(spin, 0); spin();',
    options: { ...cpu, maxCallbacks: 10_000, virtualHorizonMs: 1e9 },
    status: 'event-limit',
    deadlineMs,
  },
  {
    name: 'setInterval(f, 0) forever (callback cap)',
    source: 'setInterval(() => {}, 0);',
    options: { ...cpu, maxCallbacks: 10_000, virtualHorizonMs: 1e9 },
    status: 'event-limit',
    deadlineMs,
  },
  {
    name: 'recursive setImmediate (never advances time)',
    source: 'const spin = () => setImmediate(spin); spin();',
    options: { ...cpu, maxCallbacks: 10_000 },
    status: 'event-limit',
    deadlineMs,
  },
  {
    name: 'a million pending timers (pending-timer cap)',
    source: 'for (let i = 0; i < 1e6; i++) setTimeout(() => {}, 1000);',
    options: { cpuMs: 2_000, maxPendingTimers: 10_000 },
    status: 'event-limit',
    deadlineMs,
  },
  {
    name: 'a 24-day sleep past the virtual horizon',
    source: "setTimeout(() => console.log('woke up'), 2 ** 31 - 1);",
    options: { ...cpu, virtualHorizonMs: 60_000 },
    status: 'virtual-time-limit',
    deadlineMs,
    check: (result) => expect(stdoutLines(result)).toEqual([]),
  },
  {
    name: 'an endless 1 s interval stopped at the horizon',
    source: "setInterval(() => console.log('tick'), 1000);",
    options: { ...cpu, virtualHorizonMs: 10_000 },
    status: 'virtual-time-limit',
    deadlineMs,
    check: (result) => {
      const ticks = result.events.filter((event) => event.text === 'tick');
      expect(ticks.length).toBeGreaterThanOrEqual(9);
      expect(ticks.every((event, index) => event.t === (index + 1) * 1000)).toBe(true);
    },
  },
  {
    name: 'Date.now() busy-wait (the clock is virtual)',
    source: 'const end = Date.now() + 50; while (Date.now() < end) {}',
    options: cpu,
    status: 'cpu-limit',
    deadlineMs,
    explanation: /virtual/i,
  },
  {
    name: 'performance.now() busy-wait',
    source: 'const end = performance.now() + 50; while (performance.now() < end) {}',
    options: cpu,
    status: 'cpu-limit',
    deadlineMs,
  },
  {
    name: 'catastrophic regex backtracking',
    source: "console.log(/^(a+)+$/.test('a'.repeat(40) + '!'));",
    options: cpu,
    status: 'cpu-limit',
    deadlineMs,
  },
  {
    name: 'exception handling that makes recursion exponential',
    source: 'function f() { try { f(); } catch { f(); } } f();',
    options: cpu,
    status: 'cpu-limit',
    deadlineMs,
  },
  {
    name: 'sort comparator that never returns',
    source: '[3, 1, 2].sort(() => { for (;;) {} });',
    options: cpu,
    status: 'cpu-limit',
    deadlineMs,
  },
  {
    name: 'Atomics.wait (blocking primitive removed)',
    source: 'Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);',
    options: cpu,
    status: 'crashed',
    deadlineMs,
    explanation: /^ReferenceError: (Atomics|SharedArrayBuffer) is not defined/,
  },
  {
    name: 'a promise that never settles ends the program normally',
    source: "new Promise(() => {}); (async () => { await new Promise(() => {}); })(); console.log('done');",
    options: cpu,
    status: 'ok',
    deadlineMs,
    check: (result) => {
      expect(result.exitCode).toBe(0);
      expect(stdoutLines(result)).toEqual(['done']);
    },
  },
  {
    name: 'parser recursion bomb in eval',
    source: "eval('('.repeat(100000));",
    options: cpu,
    status: 'crashed',
    deadlineMs,
    explanation: /^(RangeError|SyntaxError): /,
  },
  {
    name: 'source larger than the source cap',
    source: `// ${'x'.repeat(2_000_000)}\nconsole.log('never compiled');`,
    options: { ...cpu, maxSourceBytes: 1_000_000 },
    status: 'source-limit',
    deadlineMs,
  },
  {
    name: 'syntax error',
    source: 'function (',
    options: cpu,
    status: 'syntax-error',
    deadlineMs,
  },
  {
    name: 'TypeScript type-level bomb is only stripped, never checked',
    source: `
      type Grow<T, N extends unknown[] = []> = N['length'] extends 40 ? T : Grow<[T, T], [...N, 1]>;
      const value: Grow<string> = null as unknown as Grow<string>;
      console.log('types stripped', value);`,
    options: { ...cpu, filename: 'main.ts' },
    status: 'ok',
    deadlineMs,
    check: (result) => expect(stdoutLines(result)).toEqual(['types stripped null']),
  },
];
