/** Turns the full evaluation into what the student sees: weighted score, status, redacted checks, timeline. */
import type { RunResult, RunStatus } from '@loopgrade/engine/contract';
import { isPassed } from '../evaluators/verdict';
import type { CheckEvaluation, Evaluation } from '../grading/evaluation';
import { describeRunEnding, describeRunError } from '../runs/describe-run';
import { explainedMessage } from './explain';
import { scoringWeights } from './scoring-weights';
import type { CheckFeedback, Feedback, FeedbackStatus } from './types';

export interface FeedbackOptions {
  /** Most timeline events kept (default 200). */
  timelineLimit?: number;
  /** The file name the student replays with (default main.js). */
  filename?: string;
}

const STATUS_OF_RUN: Record<Exclude<RunStatus, 'ok'>, FeedbackStatus> = {
  crashed: 'crashed',
  'syntax-error': 'syntax-error',
  'cpu-limit': 'cpu-limit',
  'memory-limit': 'memory-limit',
  'virtual-time-limit': 'virtual-time-limit',
  'event-limit': 'event-limit',
  'source-limit': 'error',
  error: 'error',
};

const LIMIT_MESSAGES: Partial<Record<RunStatus, string>> = {
  'cpu-limit': 'the program used more CPU time than allowed (an endless loop?)',
  'memory-limit': 'the program used more memory than allowed',
  'virtual-time-limit':
    'the program was still running when virtual time ran out (an interval never cleared?)',
  'event-limit': 'the program ran more callbacks than allowed',
  'source-limit': 'the program is larger than allowed',
};

const round2 = (value: number) => Math.round(value * 100) / 100;

function weightOf(evaluation: CheckEvaluation): number {
  return evaluation.check.weight ?? 1;
}

function checkFeedback(evaluation: CheckEvaluation, filename: string): CheckFeedback {
  const { check, verdict, seed, divergence, run } = evaluation;
  const passed = isPassed(verdict);
  const common = {
    id: check.id,
    title: check.title,
    kind: check.kind,
    visibility: check.visibility ?? 'visible',
    status: passed ? ('passed' as const) : ('failed' as const),
    score: round2(weightOf(evaluation) * verdict.fraction),
    passedShare: verdict.fraction,
    maxScore: weightOf(evaluation),
  };
  if (check.visibility === 'hidden' || passed) {
    return { ...common, message: null, hint: null, excerpt: null, schedule: null };
  }
  const message = explainedMessage(check, verdict, run);
  return {
    ...common,
    message: seed === null ? message : `under schedule seed ${seed}: ${message}`,
    hint: check.hint ?? null,
    excerpt: verdict.excerpt,
    schedule: seed === null ? null : { seed, replay: `loopgrade run --seed ${seed} ${filename}`, divergence },
  };
}

function overallScore(evaluations: CheckEvaluation[]): number {
  const weights = scoringWeights(evaluations.map(weightOf));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const earned = evaluations.reduce(
    (sum, evaluation, index) => sum + weights[index] * evaluation.verdict.fraction,
    0,
  );
  return round2((earned / total) * 100);
}

function overallMessage(run: RunResult, checks: CheckFeedback[]): string {
  if (run.status === 'ok') {
    const passed = checks.filter((check) => check.status === 'passed').length;
    return `${passed} of ${checks.length} checks passed`;
  }
  if (run.status === 'crashed') {
    return run.error
      ? `the program crashed: ${describeRunError(run)}`
      : `the program ${describeRunEnding(run)}`;
  }
  if (run.status === 'syntax-error') return `the program did not parse: ${describeRunError(run)}`;
  return run.message ?? LIMIT_MESSAGES[run.status] ?? describeRunError(run);
}

export function buildFeedback(evaluation: Evaluation, options: FeedbackOptions = {}): Feedback {
  const { baseRun } = evaluation;
  const limit = options.timelineLimit ?? 200;
  const checks = evaluation.checks.map((check) => checkFeedback(check, options.filename ?? 'main.js'));
  const allPassed = checks.every((check) => check.status === 'passed');
  return {
    score: overallScore(evaluation.checks),
    status: baseRun.status === 'ok' ? (allPassed ? 'passed' : 'failed') : STATUS_OF_RUN[baseRun.status],
    message: overallMessage(baseRun, checks),
    checks,
    timeline: baseRun.events.slice(0, limit),
    timelineTruncated: baseRun.truncated || baseRun.events.length > limit,
    stats: {
      virtualTimeMs: baseRun.virtualTimeMs,
      callbacks: baseRun.stats.callbacks,
      cpuMs: evaluation.cpuMs,
      wallMs: evaluation.wallMs,
      runs: evaluation.runs,
    },
  };
}
