/**
 * Gradescope autograder results.json (gradescope/autograder_samples docs/specs.md).
 * Per-test points are the checks' weights scaled so that they sum to 100, rounded to cents so that the
 * tests' scores add up to exactly the top-level score and their max_scores to exactly 100.
 */
import { checkMarkdown, summaryMarkdown } from '../feedback/render-markdown';
import { scoringWeights } from '../feedback/scoring-weights';
import { apportionCents } from './apportion';
import type { CheckFeedback, Feedback } from '../feedback/types';

export type GradescopeVisibility = 'hidden' | 'after_due_date' | 'after_published' | 'visible';

export interface GradescopeTest {
  name: string;
  number: string;
  score: number;
  max_score: number;
  status: 'passed' | 'failed';
  output?: string;
  output_format?: 'md';
  visibility?: GradescopeVisibility;
}

export interface GradescopeResults {
  score: number;
  execution_time: number;
  output: string;
  output_format: 'md';
  tests: GradescopeTest[];
  extra_data: { status: Feedback['status']; virtualTimeMs: number; runs: number };
}

export interface GradescopeOptions {
  /** How hidden checks are shown to students (default `hidden`; staff always see everything). */
  hiddenVisibility?: Exclude<GradescopeVisibility, 'visible'>;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

function toTest(
  check: CheckFeedback,
  index: number,
  points: { score: number; max: number },
  options: GradescopeOptions,
): GradescopeTest {
  const test: GradescopeTest = {
    name: check.title,
    number: String(index + 1),
    score: points.score,
    max_score: points.max,
    status: check.status,
  };
  if (check.visibility === 'hidden') return { ...test, visibility: options.hiddenVisibility ?? 'hidden' };
  const output = checkMarkdown(check);
  return output ? { ...test, output, output_format: 'md' } : test;
}

/** Results stored before `passedShare` existed carry only the rounded score. */
function passedShareOf(check: CheckFeedback): number {
  if (typeof check.passedShare === 'number') return check.passedShare;
  if (check.maxScore === 0) return check.status === 'passed' ? 1 : 0;
  return check.score / check.maxScore;
}

/**
 * Each check's points out of 100. The earned and the missed part of every check are rounded separately,
 * so a passed check keeps score = max_score and a failed one scores 0.
 */
function pointsOf(feedback: Feedback): Array<{ score: number; max: number }> {
  const weights = scoringWeights(feedback.checks.map((check) => check.maxScore));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const scaled = weights.map((weight) => (weight * 100) / total);
  const shares = feedback.checks.map(passedShareOf);
  const scoreCents = Math.round(feedback.score * 100);
  const earned = apportionCents(
    scaled.map((points, index) => points * shares[index]),
    scoreCents,
  );
  const missed = apportionCents(
    scaled.map((points, index) => points * (1 - shares[index])),
    10000 - scoreCents,
  );
  return earned.map((cents, index) => ({
    score: cents / 100,
    max: (cents + missed[index]) / 100,
  }));
}

export function toGradescope(feedback: Feedback, options: GradescopeOptions = {}): GradescopeResults {
  const points = pointsOf(feedback);
  return {
    score: feedback.score,
    execution_time: round2(feedback.stats.wallMs / 1000),
    output: summaryMarkdown(feedback),
    output_format: 'md',
    tests: feedback.checks.map((check, index) => toTest(check, index, points[index], options)),
    extra_data: {
      status: feedback.status,
      virtualTimeMs: feedback.stats.virtualTimeMs,
      runs: feedback.stats.runs,
    },
  };
}
