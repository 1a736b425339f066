import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { closeDefaultPool, run, SandboxPool } from '@loopgrade/engine';

/** Process ids of the sandbox children of this process, read from /proc. */
function sandboxChildren(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (parent === process.pid && command.includes('child-main')) pids.push(Number(entry));
    } catch {
      // The process ended while it was being read.
    }
  }
  return pids;
}

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

  it('replaces a child that grew past recycleRssMb before it takes another run', async () => {
    const recycling = new SandboxPool({ size: 1, recycleRssMb: 1 });
    try {
      const before = sandboxChildren();
      expect((await recycling.run('console.log(1)')).status).toBe('ok');
      const first = sandboxChildren().filter((pid) => !before.includes(pid));
      expect((await recycling.run('console.log(2)')).status).toBe('ok');
      const second = sandboxChildren().filter((pid) => !before.includes(pid));
      expect(first).toHaveLength(1);
      expect(second).toHaveLength(1);
      expect(second[0]).not.toBe(first[0]);
    } finally {
      await recycling.close();
    }
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
