import { runInProcess, stderrText, stdoutLines, timeline } from './run-in-process';

// Virtual times follow event-loop.md §3 (a zero-cost clock: a timer created at t fires at t + max(1, trunc(delay))).
describe('virtual timers', () => {
  it('coerces delays like Node 24 (0, 1.9 and undefined are 1 ms; "50" and valueOf work)', () => {
    const result = runInProcess(`
      setTimeout(() => console.log('zero'), 0);
      setTimeout(() => console.log('fraction'), 1.9);
      setTimeout(() => console.log('missing'));
      setTimeout(() => console.log('string'), '50');
      setTimeout(() => console.log('valueOf'), { valueOf() { return 30; } });
      setTimeout(() => console.log('exponent'), '1e1');`);
    expect(timeline(result)).toEqual([
      'zero@1',
      'fraction@1',
      'missing@1',
      'exponent@10',
      'valueOf@30',
      'string@50',
    ]);
  });

  it('warns once for negative and NaN delays and every time for overflow, on stderr after a tick', () => {
    const result = runInProcess(`
      setTimeout(() => {}, -5); setTimeout(() => {}, -6);
      setTimeout(() => {}, 'abc');
      setTimeout(() => {}, 2 ** 31); setTimeout(() => {}, Infinity);
      console.log('sync');`);
    expect(stdoutLines(result)).toEqual(['sync']);
    expect(stderrText(result)).toBe(
      [
        '(node:4242) TimeoutNegativeWarning: -5 is a negative number.\nTimeout duration was set to 1.\n' +
          '(Use `node --trace-warnings ...` to show where the warning was created)',
        '(node:4242) TimeoutNaNWarning: NaN is not a number.\nTimeout duration was set to 1.',
        '(node:4242) TimeoutOverflowWarning: 2147483648 does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.',
        '(node:4242) TimeoutOverflowWarning: Infinity does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.',
      ].join('\n'),
    );
  });

  it('repeats intervals at creation + k·interval and stops when cleared inside the callback', () => {
    const result = runInProcess(`
      let n = 0;
      const iv = setInterval(() => { console.log('iv ' + ++n); if (n === 3) clearInterval(iv); }, 10);`);
    expect(timeline(result)).toEqual(['iv 1@10', 'iv 2@20', 'iv 3@30']);
  });

  it('makes Date.now, new Date, performance.now and hrtime read the virtual clock from the epoch', () => {
    const result = runInProcess(
      `setTimeout(() => {
        console.log(Date.now(), new Date().toISOString(), performance.now(), process.hrtime()[0], process.hrtime.bigint());
      }, 2500);`,
      { epochMs: Date.UTC(2030, 0, 1) },
    );
    expect(stdoutLines(result)).toEqual([
      `${Date.UTC(2030, 0, 1) + 2500} 2030-01-01T00:00:02.500Z 2500 2 2500000000n`,
    ]);
    expect(result.virtualTimeMs).toBe(2500);
  });

  it('supports ref/unref/hasRef, refresh, close and numeric ids on Timeout handles', () => {
    const result = runInProcess(`
      const unrefd = setTimeout(() => console.log('never'), 500).unref();
      console.log(unrefd.hasRef());
      const r = setTimeout(() => console.log('refreshed'), 30);
      setTimeout(() => r.refresh(), 20);
      const byId = setTimeout(() => console.log('cleared by id'), 10);
      clearTimeout(String(+byId));
      setTimeout(() => console.log('closed'), 5).close();`);
    expect(timeline(result)).toEqual(['false@0', 'refreshed@50']);
  });

  it('ends when only unref’ed timers remain and reports pending work', () => {
    const result = runInProcess(`setTimeout(() => {}, 100).unref(); setInterval(() => {}, 10).unref();`);
    expect(result.status).toBe('ok');
    expect(result.virtualTimeMs).toBe(0);
    expect(result.pending).toEqual({ timers: 1, intervals: 1, immediates: 0 });
  });

  it('advances time in steps without moving it during synchronous code (24 h in 1-minute sleeps)', () => {
    const result = runInProcess(`
      const { setTimeout: sleep } = require('node:timers/promises');
      (async () => {
        const start = Date.now();
        for (let i = 0; i < 1440; i++) await sleep(60000);
        console.log((Date.now() - start) / 3600000 + ' h');
      })();`);
    expect(timeline(result)).toEqual([`24 h@${24 * 3600 * 1000}`]);
    expect(result.stats.callbacks).toBe(1440);
  });

  it('throws ERR_INVALID_ARG_TYPE for a non-function callback', () => {
    const result = runInProcess(
      `try { setTimeout('code'); } catch (e) { console.log(e.name, e.code, e.message); }`,
    );
    expect(stdoutLines(result)).toEqual([
      'TypeError ERR_INVALID_ARG_TYPE The "callback" argument must be of type function. Received type string (\'code\')',
    ]);
  });

  it('aborts AbortSignal.timeout on virtual time without keeping the program alive', () => {
    const result = runInProcess(`
      const signal = AbortSignal.timeout(100);
      signal.addEventListener('abort', () => console.log(signal.reason.name, signal.reason.message));
      setTimeout(() => console.log('keeps alive'), 150);`);
    expect(timeline(result)).toEqual([
      'TimeoutError The operation was aborted due to timeout@100',
      'keeps alive@150',
    ]);
    const idle = runInProcess(`AbortSignal.timeout(100).onabort = () => console.log('never');`);
    expect(idle.virtualTimeMs).toBe(0);
    expect(stdoutLines(idle)).toEqual([]);
  });

  it('rejects timers/promises with an AbortError when the signal aborts', () => {
    const result = runInProcess(`
      const { setTimeout: sleep } = require('timers/promises');
      const controller = new AbortController();
      sleep(100, 'v', { signal: controller.signal }).catch((e) => console.log(e.name, e.code));
      setTimeout(() => controller.abort(), 40);`);
    expect(timeline(result)).toEqual(['AbortError ABORT_ERR@40']);
  });
});
