import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** One process of the built platform (`npm run build` output), as production starts it. */
export class PlatformProcess {
  private child?: ChildProcess;
  readonly log: string[] = [];

  constructor(
    private readonly entry: 'api' | 'worker',
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  start(): void {
    this.child = spawn(process.execPath, ['--no-node-snapshot', `dist/apps/${this.entry}/src/main.js`], {
      cwd: ROOT,
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      this.log.push(chunk.toString());
      if (this.log.length > 200) this.log.shift();
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
  }

  /** SIGKILL: no shutdown hooks, in-flight work is simply lost. */
  async kill(): Promise<void> {
    await this.stop('SIGKILL');
  }

  /** SIGTERM: graceful shutdown. Resolves with how the process ended. */
  async stop(
    signal: NodeJS.Signals = 'SIGTERM',
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      return { code: child?.exitCode ?? null, signal: child?.signalCode ?? null };
    }
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, endSignal) => resolve({ code, signal: endSignal })),
    );
    child.kill(signal);
    return exited;
  }
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'loopgrade-proc-'));
}

/** Polls until `condition` holds or `timeoutMs` passes; returns the last value. */
export async function waitFor<T>(
  read: () => Promise<T>,
  condition: (value: T) => boolean,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!condition(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}
