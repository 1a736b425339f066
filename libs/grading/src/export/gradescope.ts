/**
 * Gradescope autograder results.json (gradescope/autograder_samples docs/specs.md).
 * Per-test points are the checks' weights scaled so that they sum to 100, matching the top-level score.
 */
import { checkMarkdown, summaryMarkdown } from '../feedback/render-markdown';
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
  scale: number,
  options: GradescopeOptions,
): GradescopeTest {
  const test: GradescopeTest = {
    name: check.title,
    number: String(index + 1),
    score: round2(check.score * scale),
    max_score: round2(check.maxScore * scale),
    status: check.status,
  };
  if (check.visibility === 'hidden') return { ...test, visibility: options.hiddenVisibility ?? 'hidden' };
  const output = checkMarkdown(check);
  return output ? { ...test, output, output_format: 'md' } : test;
}

export function toGradescope(feedback: Feedback, options: GradescopeOptions = {}): GradescopeResults {
  const totalWeight = feedback.checks.reduce((sum, check) => sum + check.maxScore, 0);
  const scale = totalWeight === 0 ? 0 : 100 / totalWeight;
  return {
    score: feedback.score,
    execution_time: round2(feedback.stats.wallMs / 1000),
    output: summaryMarkdown(feedback),
    output_format: 'md',
    tests: feedback.checks.map((check, index) => toTest(check, index, scale, options)),
    extra_data: {
      status: feedback.status,
      virtualTimeMs: feedback.stats.virtualTimeMs,
      runs: feedback.stats.runs,
    },
  };
}
