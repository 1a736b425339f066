import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runNodeFile } from '../../test/engine/differential/node-process';

/**
 * Baseline (b), the Judge0/Jobe model: one fresh real Node process per run, real timers. Returns the
 * wall time of one run, process start-up included.
 */
export async function runInFreshProcess(source: string): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loopgrade-bench-'));
  const file = path.join(dir, 'main.js');
  fs.writeFileSync(file, source);
  try {
    const result = await runNodeFile(file, 120_000);
    if (result.exitCode !== 0) throw new Error(`process-per-run failed: ${result.stderr}`);
    return result.wallMs;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
