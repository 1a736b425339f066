import { runInProcess, stdoutLines } from './run-in-process';

describe('limits', () => {
  it('stops a synchronous infinite loop at the CPU budget', () => {
    const result = runInProcess('while (true) {}', { cpuMs: 100 });
    expect(result.status).toBe('cpu-limit');
    expect(result.message).toContain('100 ms of CPU time');
  });

  it('stops a Date.now() busy-wait (the clock never moves while code runs)', () => {
    const result = runInProcess('const end = Date.now() + 10; while (Date.now() < end) {}', { cpuMs: 100 });
    expect(result.status).toBe('cpu-limit');
  });

  it('stops at the memory limit', () => {
    const result = runInProcess('const a = []; while (true) a.push(new Array(1e5).fill(1));', {
      memoryMb: 16,
      cpuMs: 3000,
    });
    expect(result.status).toBe('memory-limit');
  });

  it('reports a heap left over the limit as memory-limit even when the allocation succeeded', () => {
    runInProcess(`console.log('warm the isolate first')`);
    // isolated-vm's limit is soft: this one allocation succeeds, and the array stays reachable after it.
    const result = runInProcess("globalThis.parts = 'a'.repeat(2e7).split(''); console.log(parts.length);", {
      cpuMs: 3000,
    });
    expect(result.status).toBe('memory-limit');
  });

  it('judges the heap the program keeps, not the garbage it left: the same verdict on every run', () => {
    const source = `globalThis.keep = []; for (let i = 0; i < 54000; i++) keep.push('y'.repeat(100) + i); console.log('done');`;
    const statuses = Array.from({ length: 6 }, () => runInProcess(source, { memoryMb: 16 }).status);
    expect(new Set(statuses).size).toBe(1);
  });

  it('refuses resizable ArrayBuffers, whose memory escapes the isolate limit', () => {
    const result = runInProcess('new ArrayBuffer(8, { maxByteLength: 2 ** 30 });');
    expect(result.status).toBe('crashed');
    expect(result.error?.message).toBe('loopgrade: resizable ArrayBuffers are not supported in the sandbox');
  });

  it('stops at the virtual horizon and says how far it got', () => {
    const result = runInProcess(
      `setTimeout(() => console.log('hour'), 3600000); setTimeout(() => {}, 7200001);`,
      { virtualHorizonMs: 7200000 },
    );
    expect(result.status).toBe('virtual-time-limit');
    expect(stdoutLines(result)).toEqual(['hour']);
    expect(result.virtualTimeMs).toBe(3600000);
    expect(result.message).toBe(
      'still running at the virtual time limit of 7200000 ms (next event due at 7200001 ms)',
    );
  });

  it('counts callbacks and pending timers', () => {
    const callbacks = runInProcess('setInterval(() => {}, 1);', { maxCallbacks: 500 });
    expect(callbacks.status).toBe('event-limit');
    expect(callbacks.stats.callbacks).toBe(501);
    const pending = runInProcess('for (let i = 0; i < 100; i++) setTimeout(() => {}, 10);', {
      maxPendingTimers: 50,
    });
    expect(pending.status).toBe('event-limit');
    expect(pending.message).toBe('more than 50 timers pending at once');
  });

  it('refuses sources over the size limit before parsing', () => {
    const result = runInProcess('// '.padEnd(2000, 'x'), { maxSourceBytes: 1000 });
    expect(result.status).toBe('source-limit');
  });

  it('caps what a result can carry besides output: the error message and a described value', () => {
    const thrown = runInProcess(`throw 'x'.repeat(1e6);`);
    expect(thrown.status).toBe('crashed');
    expect(thrown.error?.message).toHaveLength(8192);
    const returned = runInProcess(`export const big = () => 'x'.repeat(1e6);`, {
      filename: 'main.mjs',
      entry: 'module',
      invoke: { export: 'big', args: [] },
    });
    expect(returned.invocation).toEqual({ outcome: 'resolved', value: { $type: 'truncated' }, settledAt: 0 });
  });

  it('caps output by lines and bytes with a final marker event', () => {
    const byLines = runInProcess('for (let i = 0; i < 50; i++) console.log(i);', { maxOutputLines: 10 });
    expect(byLines.truncated).toBe(true);
    expect(byLines.events).toHaveLength(11);
    expect(byLines.events[10]).toEqual({
      t: 0,
      stream: 'stderr',
      text: '[loopgrade: output truncated after 65536 bytes / 10 lines]',
    });
    const byBytes = runInProcess(`console.log('x'.repeat(5000)); console.log('y');`, {
      maxOutputBytes: 4096,
    });
    expect(byBytes.truncated).toBe(true);
    expect(stdoutLines(byBytes)).toEqual([]);
  });
});
