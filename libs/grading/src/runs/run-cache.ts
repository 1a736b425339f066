/** Runs each distinct request once through the runner, a few at a time, and counts the cost. */
import type { ProgramRunner, RunResult } from '@loopgrade/engine/contract';
import type { ExerciseSpec } from '../spec/types';
import { runOptions, type RunRequest } from './run-request';

export class RunCache {
  private readonly results = new Map<string, Promise<RunResult>>();
  private readonly waiting: Array<() => void> = [];
  private active = 0;
  wallMs = 0;
  cpuMs = 0;

  constructor(
    private readonly spec: ExerciseSpec,
    private readonly code: string,
    private readonly runner: ProgramRunner,
    private readonly concurrency: number,
  ) {}

  get runs(): number {
    return this.results.size;
  }

  get(request: RunRequest): Promise<RunResult> {
    const key = JSON.stringify([request.seed ?? null, request.invoke ?? null, request.testSource ?? null]);
    let result = this.results.get(key);
    if (!result) {
      result = this.schedule(request);
      this.results.set(key, result);
    }
    return result;
  }

  private async schedule(request: RunRequest): Promise<RunResult> {
    if (this.active >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      const result = await this.runner.run(this.code, runOptions(this.spec, request));
      this.wallMs += result.stats.wallMs;
      this.cpuMs += result.stats.cpuMs;
      return result;
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}
