import { spawn } from 'node:child_process';
import path from 'node:path';

/** The pinned Node 24 from the `node` npm package: the oracle for every differential snippet and benchmark. */
export const NODE_24 = path.resolve(__dirname, '../../../node_modules/.bin/node');

export interface NodeProcessResult {
  stdout: string;
  stderr: string;
  /** null when the watchdog killed the process. */
  exitCode: number | null;
  wallMs: number;
}

/**
 * Runs one file in a fresh real Node process. The environment is reduced to PATH so that NODE_OPTIONS
 * (Jest's or the shell's) cannot change the child's behaviour, and a watchdog kills runaways.
 */
export function runNodeFile(file: string, timeoutMs = 15_000): Promise<NodeProcessResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(NODE_24, [file], {
      cwd: path.dirname(file),
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const watchdog = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(watchdog);
      resolve({
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        exitCode: code,
        wallMs: performance.now() - started,
      });
    });
  });
}

/** Maps over `items` with at most `limit` promises in flight, keeping the input order in the result. */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
