import { runInProcess, stdoutLines } from './run-in-process';

const RACY = `setTimeout(() => console.log('timeout'), 0); setImmediate(() => console.log('immediate'));`;

describe('determinism and seeds', () => {
  it('gives byte-identical results for the same source, options and seed (except CPU time)', () => {
    const source = `
      const start = Date.now();
      setTimeout(() => console.log(Math.random(), Date.now() - start), 5);
      Promise.reject(new Error('x')).catch(() => console.log('caught'));`;
    const strip = (r: ReturnType<typeof runInProcess>) =>
      JSON.stringify({ ...r, stats: { ...r.stats, cpuMs: 0 } });
    expect(strip(runInProcess(source, { seed: 42 }))).toBe(strip(runInProcess(source, { seed: 42 })));
    expect(strip(runInProcess(source))).toBe(strip(runInProcess(source)));
  });

  it('seeds Math.random', () => {
    const a = stdoutLines(runInProcess('console.log(Math.random())', { seed: 1 }));
    const b = stdoutLines(runInProcess('console.log(Math.random())', { seed: 2 }));
    expect(a).not.toEqual(b);
  });

  it('picks immediate-first for the racy main-script case without a seed (the most common order in Node 24)', () => {
    expect(stdoutLines(runInProcess(RACY))).toEqual(['immediate', 'timeout']);
  });

  it('lets seeds produce both orders Node can produce for the racy main-script case', () => {
    const orders = new Set<string>();
    for (let seed = 0; seed < 16; seed++) orders.add(stdoutLines(runInProcess(RACY, { seed })).join(','));
    expect([...orders].sort()).toEqual(['immediate,timeout', 'timeout,immediate']);
  });
});
