/**
 * A ProgramRunner that answers from a script instead of running code: lets the orchestration tests
 * (how many runs, with which options, how verdicts become feedback) state exactly what each run returned.
 */
import type { ProgramRunner, RunOptions, RunResult } from '@loopgrade/engine/contract';

export class ScriptedRunner implements ProgramRunner {
  readonly calls: Array<{ source: string; options: RunOptions }> = [];

  constructor(private readonly answer: (options: RunOptions, source: string) => RunResult) {}

  async run(source: string, options: RunOptions = {}): Promise<RunResult> {
    this.calls.push({ source, options });
    return this.answer(options, source);
  }
}
