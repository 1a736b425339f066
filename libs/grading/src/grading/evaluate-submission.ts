/** Runs a submission as many times as its checks need and evaluates every check on the host. */
import type { ProgramRunner, RunResult, RunStatus } from '@loopgrade/engine/contract';
import { evaluateCheck } from '../evaluators/evaluate-check';
import { failed, isPassed } from '../evaluators/verdict';
import { describeRunError } from '../runs/describe-run';
import { RunCache } from '../runs/run-cache';
import { requestFor, schedulesOf } from '../runs/run-request';
import type { Check, ExerciseSpec } from '../spec/types';
import type { CheckEvaluation, Evaluation } from './evaluation';
import { timelineDivergence } from './timeline-divergence';

export interface GradeOptions {
  /** Engine runs in flight at once for one submission (default 2). */
  concurrency?: number;
}

/** Statuses after which no check can be meaningfully evaluated. */
const NOTHING_RAN: ReadonlySet<RunStatus> = new Set(['syntax-error', 'source-limit', 'error']);

function notRun(check: Check, run: RunResult): CheckEvaluation {
  const reason = run.status === 'syntax-error' ? 'the program did not parse' : 'the program could not run';
  return {
    check,
    verdict: failed(`${reason}: ${describeRunError(run)}`, 'did-not-run'),
    seed: null,
    divergence: null,
    run,
  };
}

async function evaluateUnderSchedules(check: Check, cache: RunCache): Promise<CheckEvaluation> {
  let last: CheckEvaluation | null = null;
  for (const seed of schedulesOf(check)) {
    const run = await cache.get(requestFor(check, seed));
    const verdict = evaluateCheck(check, run);
    last = { check, verdict, seed: null, divergence: null, run };
    if (isPassed(verdict)) continue;
    if (seed === undefined) return last;
    const defaultRun = await cache.get(requestFor(check, undefined));
    return { ...last, seed, divergence: timelineDivergence(defaultRun.events, run.events) };
  }
  return last as CheckEvaluation;
}

export async function evaluateSubmission(
  spec: ExerciseSpec,
  code: string,
  runner: ProgramRunner,
  options: GradeOptions = {},
): Promise<Evaluation> {
  const cache = new RunCache(spec, code, runner, options.concurrency ?? 2);
  const baseRun = await cache.get({});
  const checks = NOTHING_RAN.has(baseRun.status)
    ? spec.checks.map((check) => notRun(check, baseRun))
    : await Promise.all(spec.checks.map((check) => evaluateUnderSchedules(check, cache)));
  return { baseRun, checks, runs: cache.runs, cpuMs: cache.cpuMs, wallMs: cache.wallMs };
}
