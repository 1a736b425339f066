import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '@loopgrade/engine';

const BIN = join(__dirname, '../../../bin/loopgrade.js');

function programFile(name: string, source: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'loopgrade-cli-')), name);
  writeFileSync(file, source);
  return file;
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(
    args,
    (text) => (out += text),
    (text) => (err += text),
  );
  return { code, out, err };
}

describe('loopgrade CLI', () => {
  it('prints each event with its virtual time, marks stderr, escapes control characters and ends with the status', async () => {
    const file = programFile(
      'main.js',
      `console.error('warn'); setTimeout(() => console.log('a\\x1b[31mred\\nnext'), 3000);`,
    );
    const { code, out } = await cli(['run', file]);
    expect(code).toBe(0);
    expect(out).toBe(
      '[      0 ms] [stderr] warn\n[   3000 ms] a\\u{1b}[31mred\n             next\n-- status ok, exit code 0, virtual time 3000 ms\n',
    );
  });

  it('prints the RunResult with --json and passes --seed and --cpu-ms', async () => {
    const file = programFile('spin.mjs', 'while (true) {}');
    const { code, out } = await cli(['run', file, '--json', '--seed', '3', '--cpu-ms', '100']);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toMatchObject({ status: 'cpu-limit', exitCode: 1 });
  });

  it('exits with the program’s exit code and 2 for bad usage', async () => {
    const file = programFile('exit.js', 'process.exit(7)');
    expect((await cli(['run', file])).code).toBe(7);
    const usage = await cli(['run']);
    expect(usage.code).toBe(2);
    expect(usage.err).toBe('usage: loopgrade run FILE [--json] [--seed N] [--cpu-ms N] [--memory-mb N]\n');
  });

  it('gives the shell the exit code when run as a command (npx loopgrade run FILE)', () => {
    const exitCode = (source: string) =>
      spawnSync(process.execPath, [BIN, 'run', programFile('main.js', source)], { encoding: 'utf8' }).status;
    expect(exitCode('process.exit(3)')).toBe(3);
    expect(exitCode("throw new Error('boom')")).toBe(1);
    expect(exitCode('console.log(1)')).toBe(0);
  });
});
