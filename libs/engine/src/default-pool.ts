import type { RunOptions, RunResult } from './contract';
import { SandboxPool } from './host/pool';

let defaultPool: SandboxPool | null = null;

/** Runs one program in the lazily created default pool (supervised child processes, never in-process). */
export function run(source: string, options?: RunOptions): Promise<RunResult> {
  defaultPool ??= new SandboxPool();
  return defaultPool.run(source, options);
}

/** Closes the default pool (tests and CLI call this so the process can exit at once). */
export async function closeDefaultPool(): Promise<void> {
  const pool = defaultPool;
  defaultPool = null;
  await pool?.close();
}
