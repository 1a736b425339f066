/**
 * Exercism test-runner results.json, version 3 (exercism/docs building/tooling/test-runners/interface.md).
 * Hidden checks are omitted one by one but summarised in a single "Hidden checks" entry, so the overall
 * status stays consistent with the tests listed.
 */
import type { CheckFeedback, Feedback } from '../feedback/types';

export interface ExercismTest {
  name: string;
  status: 'pass' | 'fail' | 'error';
  /** Required when the test failed or errored. */
  message?: string;
}

export interface ExercismResults {
  version: 3;
  status: 'pass' | 'fail' | 'error';
  /** Required when status is `error`. */
  message?: string;
  /** Required when status is `pass` or `fail`, in test-file order. */
  tests?: ExercismTest[];
}

const MESSAGE_LIMIT = 65535;

function limit(text: string): string {
  return text.length > MESSAGE_LIMIT ? `${text.slice(0, MESSAGE_LIMIT - 1)}…` : text;
}

function visibleTest(check: CheckFeedback): ExercismTest {
  if (check.status === 'passed') return { name: check.title, status: 'pass' };
  const hint = check.hint ? `\nHint: ${check.hint}` : '';
  return { name: check.title, status: 'fail', message: limit(`${check.message ?? 'failed'}${hint}`) };
}

function hiddenSummary(hidden: CheckFeedback[]): ExercismTest {
  const failures = hidden.filter((check) => check.status === 'failed').length;
  if (failures === 0) return { name: 'Hidden checks', status: 'pass' };
  return {
    name: 'Hidden checks',
    status: 'fail',
    message: `${failures} of ${hidden.length} hidden checks failed`,
  };
}

export function toExercism(feedback: Feedback): ExercismResults {
  // Only when nothing could run is the whole submission an error (the spec: "only if all tests errored").
  if (feedback.status === 'syntax-error' || feedback.status === 'error') {
    return { version: 3, status: 'error', message: limit(feedback.message ?? feedback.status) };
  }
  const hidden = feedback.checks.filter((check) => check.visibility === 'hidden');
  const tests = [
    ...feedback.checks.filter((check) => check.visibility !== 'hidden').map(visibleTest),
    ...(hidden.length > 0 ? [hiddenSummary(hidden)] : []),
  ];
  return { version: 3, status: tests.every((test) => test.status === 'pass') ? 'pass' : 'fail', tests };
}
