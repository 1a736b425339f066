import { type ChildProcess, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import type { ProgramRunner, RunOptions, RunResult, RunStatus } from '../contract';
import { childCommand } from './child-command';
import { resolveOptions } from './options';
import type { ChildMessage, RunRequest, RunResponse } from './protocol';
import { verdictOnly } from './results';
import { residentMb } from './rss';

export interface SandboxPoolOptions {
  /** Number of child processes (default 2). */
  size?: number;
  /** Replace a child after this many runs (default 500). */
  maxRunsPerChild?: number;
  /**
   * Kill a busy child whose resident memory exceeds this (default 768 MB), or grows during a run by more
   * than max(256 MB, 4 × memoryMb): verdict memory-limit.
   */
  rssLimitMb?: number;
  /** Replace a child whose resident memory exceeds this when a run is sent to it (default 384 MB). */
  recycleRssMb?: number;
  /** Wall deadline = cpuMs × this factor + graceMs (defaults 3 and 3000). */
  wallFactor?: number;
  graceMs?: number;
}

interface Job {
  request: RunRequest;
  deadlineMs: number;
  memoryMb: number;
  resolve: (result: RunResult) => void;
}

/**
 * How far a child's RSS may grow during one run. Some allocations (a flattened huge string, a hash table
 * rehash) exceed the isolate's soft heap limit or stall it in garbage collection; the RSS tells.
 */
function rssHeadroomMb(memoryMb: number): number {
  return Math.max(256, 4 * memoryMb);
}

const RSS_POLL_MS = 20;
const V8_OUT_OF_MEMORY = /Last few GCs|heap out of memory|Fatal JavaScript out of memory|allocation failure/;

/** One supervised child process; runs one job at a time and is replaced when it dies or is retired. */
class SandboxChild {
  private readonly process: ChildProcess;
  private job: Job | null = null;
  private startedAt = 0;
  private deadline: NodeJS.Timeout | null = null;
  private watchdog: NodeJS.Timeout | null = null;
  private killedFor: { status: RunStatus; message: string } | null = null;
  private rssAtStart = 0;
  private lastDiagnostics = '';
  runs = 0;
  exited = false;
  ready = false;

  constructor(
    private readonly limits: Required<SandboxPoolOptions>,
    private readonly onIdle: (child: SandboxChild) => void,
    private readonly onExit: (child: SandboxChild) => void,
  ) {
    const { file, args } = childCommand();
    this.process = spawn(file, args, {
      cwd: tmpdir(),
      // No secrets reach the sandbox: a minimal environment, UTC so dates print the same everywhere.
      env: { TZ: 'UTC', PATH: '/usr/bin:/bin', NODE_OPTIONS: '' },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'json',
    });
    this.process.on('message', (message: ChildMessage) => {
      if (!('ready' in message)) this.finish(message);
      else if (!this.ready) {
        this.ready = true;
        this.setReferenced(false);
        this.onIdle(this);
      }
    });
    this.process.stderr?.setEncoding('utf8');
    this.process.stderr?.on('data', (text: string) => this.watchDiagnostics(text));
    this.process.on('exit', (code, signal) => this.handleExit(code, signal));
    this.process.on('error', () => this.handleExit(null, null));
  }

  /** An idle pool must not keep the host process alive: the process, its IPC channel and its stderr pipe. */
  private setReferenced(referenced: boolean): void {
    const handles = [this.process, this.process.channel, this.process.stderr] as Array<
      { ref?: () => void; unref?: () => void } | null | undefined
    >;
    for (const handle of handles) {
      if (referenced) handle?.ref?.();
      else handle?.unref?.();
    }
  }

  /**
   * Sends `job`, unless the child has grown past `recycleRssMb`: it is then retired instead, and false says
   * the job is still to be placed. Measured here rather than at the previous reply, which comes before the
   * child releases that run.
   */
  start(job: Job): boolean {
    const rss = this.rss();
    // A child that never ran is as small as a child gets: retiring it would only start the same again.
    if (this.runs > 0 && rss !== null && rss > this.limits.recycleRssMb) {
      void this.retire();
      return false;
    }
    this.job = job;
    this.lastDiagnostics = '';
    this.startedAt = performance.now();
    this.killedFor = null;
    this.setReferenced(true);
    this.rssAtStart = rss ?? 0;
    const rssLimit = Math.min(this.limits.rssLimitMb, this.rssAtStart + rssHeadroomMb(job.memoryMb));
    this.deadline = setTimeout(() => this.killAtDeadline(job), job.deadlineMs);
    this.watchdog = setInterval(() => {
      const rss = this.rss();
      if (rss !== null && rss > rssLimit) {
        this.kill(
          'memory-limit',
          `the sandbox process exceeded ${Math.round(rssLimit)} MB of resident memory`,
        );
      }
    }, RSS_POLL_MS);
    this.process.send(job.request);
    return true;
  }

  /**
   * Student output never reaches the child's real stderr: only V8 and the engine write there. V8 prints its
   * GC trace before a fatal out-of-memory, after which the child may hang: end the run at once.
   */
  private watchDiagnostics(text: string): void {
    this.lastDiagnostics = (this.lastDiagnostics + text).slice(-2000);
    if (this.job !== null && V8_OUT_OF_MEMORY.test(this.lastDiagnostics)) {
      this.kill('memory-limit', 'the program ran V8 out of memory');
    }
  }

  private rss(): number | null {
    return this.process.pid === undefined ? null : residentMb(this.process.pid);
  }

  /** A program stuck with a nearly full heap (garbage collection thrashing) gets the memory verdict. */
  private killAtDeadline(job: Job): void {
    const grown = (this.rss() ?? 0) - this.rssAtStart;
    if (grown >= 0.7 * job.memoryMb) {
      this.kill(
        'memory-limit',
        `the program exhausted its memory limit of ${job.memoryMb} MB and stopped making progress`,
      );
    } else {
      this.kill(
        'cpu-limit',
        `the program did not finish within the hard wall deadline of ${job.deadlineMs} ms`,
      );
    }
  }

  private kill(status: RunStatus, message: string): void {
    if (this.killedFor !== null) return;
    this.killedFor = { status, message };
    this.process.kill('SIGKILL');
  }

  private stopTimers(): void {
    if (this.deadline !== null) clearTimeout(this.deadline);
    if (this.watchdog !== null) clearInterval(this.watchdog);
    this.deadline = null;
    this.watchdog = null;
  }

  private finish(message: RunResponse): void {
    const job = this.job;
    if (job === null || message.id !== job.request.id || this.killedFor !== null) return;
    this.stopTimers();
    this.job = null;
    this.runs++;
    const wallMs = Math.round((performance.now() - this.startedAt) * 100) / 100;
    job.resolve({ ...message.result, stats: { ...message.result.stats, wallMs } });
    this.setReferenced(false);
    if (this.runs >= this.limits.maxRunsPerChild) void this.retire();
    else this.onIdle(this);
  }

  private handleExit(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.exited) return;
    this.exited = true;
    this.stopTimers();
    const job = this.job;
    this.job = null;
    if (job !== null) {
      const wallMs = Math.round((performance.now() - this.startedAt) * 100) / 100;
      const verdict = this.killedFor ?? {
        status: 'error' as const,
        message: `the sandbox process died (${signal ?? `exit code ${code}`}); the run was aborted${
          this.lastDiagnostics === ''
            ? ''
            : `: ${this.lastDiagnostics.trim().split('\n').slice(-3).join(' | ')}`
        }`,
      };
      job.resolve(verdictOnly(verdict.status, verdict.message, wallMs));
    }
    this.onExit(this);
  }

  /** Stops the child; a run still in flight is answered with status `error` when the exit arrives. */
  retire(): Promise<void> {
    this.killedFor ??= { status: 'error', message: 'the sandbox pool was closed during the run' };
    const exited = this.exited
      ? Promise.resolve()
      : new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    // An idle child is unreferenced: without this, a host with nothing else to do (the CLI awaiting
    // close()) would exit before the 'exit' event, with code 0 whatever it meant to return.
    this.setReferenced(true);
    this.process.kill('SIGKILL');
    return exited;
  }
}

/**
 * Runs programs in a pool of supervised child processes, never in the calling process. Each child runs
 * one program at a time in a fresh isolate; a hard wall deadline (SIGKILL, respawn) and an outside RSS
 * watchdog back up the in-isolate CPU and memory limits.
 */
export class SandboxPool implements ProgramRunner {
  private readonly limits: Required<SandboxPoolOptions>;
  private readonly children = new Set<SandboxChild>();
  private readonly idle: SandboxChild[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: SandboxPoolOptions = {}) {
    this.limits = {
      size: Math.max(1, Math.floor(options.size ?? 2)),
      maxRunsPerChild: options.maxRunsPerChild ?? 500,
      rssLimitMb: options.rssLimitMb ?? 768,
      recycleRssMb: options.recycleRssMb ?? 384,
      wallFactor: options.wallFactor ?? 3,
      graceMs: options.graceMs ?? 3000,
    };
  }

  run(source: string, options: RunOptions = {}): Promise<RunResult> {
    if (this.closed) return Promise.reject(new Error('SandboxPool is closed'));
    const resolved = resolveOptions(options);
    return new Promise<RunResult>((resolve) => {
      this.queue.push({
        request: { id: this.nextId++, source: String(source), options },
        deadlineMs: Math.ceil(resolved.cpuMs * this.limits.wallFactor + this.limits.graceMs),
        memoryMb: resolved.memoryMb,
        resolve,
      });
      this.dispatch();
      this.fillPool();
    });
  }

  /** Kills every child; queued runs are answered with status `error`. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0))
      job.resolve(verdictOnly('error', 'the sandbox pool was closed', 0));
    const exits = [...this.children].map((child) => child.retire());
    await Promise.all(exits);
    this.idle.length = 0;
  }

  /**
   * Starts queued jobs on idle children, the one idle longest first: it has most likely prepared its next
   * context. Demand fills the pool to `size`: while one child prepares its next context, the next run goes
   * to another.
   */
  private dispatch(): void {
    while (this.queue.length > 0) {
      const child = this.idle.shift();
      if (child === undefined) break;
      if (child.start(this.queue[0])) this.queue.shift();
    }
    if (this.queue.length > 0) this.fillPool();
  }

  /** Only demand spawns children: a child that cannot start is not respawned in a loop. */
  private fillPool(): void {
    while (this.children.size < this.limits.size && this.spawnIfRoom());
  }

  private spawnIfRoom(): boolean {
    if (this.closed || this.children.size >= this.limits.size) return false;
    const child = new SandboxChild(
      this.limits,
      (ready) => {
        this.idle.push(ready);
        this.dispatch();
      },
      (gone) => {
        this.children.delete(gone);
        const at = this.idle.indexOf(gone);
        if (at !== -1) this.idle.splice(at, 1);
        // A child that dies before it is ready would be respawned forever: fail a waiting run instead.
        if (!gone.ready)
          this.queue.shift()?.resolve(verdictOnly('error', 'the sandbox process failed to start', 0));
        this.dispatch();
      },
    );
    this.children.add(child);
    return true;
  }
}
