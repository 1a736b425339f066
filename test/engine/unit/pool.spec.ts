import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { closeDefaultPool, run, SandboxPool } from '@loopgrade/engine';

describe('SandboxPool (supervised child processes)', () => {
  const pool = new SandboxPool({ size: 1, wallFactor: 1, graceMs: 1500 });
  afterAll(() => pool.close());

  it('runs a program in a child process and adds wall time', async () => {
    const result = await pool.run(`console.log('hi'); setTimeout(() => console.log('later'), 50);`);
    expect(result.status).toBe('ok');
    expect(result.events).toEqual([
      { t: 0, stream: 'stdout', text: 'hi' },
      { t: 50, stream: 'stdout', text: 'later' },
    ]);
    expect(result.stats.wallMs).toBeGreaterThan(0);
  });

  it('SIGKILLs a child that outlives the hard wall deadline, reports cpu-limit and serves the next run', async () => {
    // The rejection reason's stack is formatted on the host side of isolated-vm, outside any CPU timeout.
    const hung = await pool.run(
      `Error.prepareStackTrace = () => { while (true) {} }; Promise.reject(new Error('x'));`,
      { cpuMs: 100 },
    );
    expect(hung.status).toBe('cpu-limit');
    expect(hung.message).toBe('the program did not finish within the hard wall deadline of 1600 ms');
    const next = await pool.run(`console.log('alive')`);
    expect(next.events).toEqual([{ t: 0, stream: 'stdout', text: 'alive' }]);
  });

  it('queues runs beyond its size and answers each one', async () => {
    const results = await Promise.all(
      [1, 2, 3].map((n) => pool.run(`setTimeout(() => console.log(${n}), ${n})`)),
    );
    expect(results.map((r) => r.events[0].text)).toEqual(['1', '2', '3']);
  });

  it('does not keep the calling process alive once idle', () => {
    const engine = join(__dirname, '../../../libs/engine/src/index.ts');
    const script = `require(${JSON.stringify(engine)}).run('console.log(1)').then((r) => console.log(r.status));`;
    const tsx = pathToFileURL(require.resolve('tsx')).href;
    const child = spawnSync(process.execPath, ['--no-node-snapshot', '--import', tsx, '-e', script], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(child.stdout.trim()).toBe('ok');
    expect(child.status).toBe(0);
  });

  it('run() uses a lazily created default pool', async () => {
    const result = await run(`console.log(typeof process.nextTick)`);
    expect(result.events[0].text).toBe('function');
    await closeDefaultPool();
  });
});
