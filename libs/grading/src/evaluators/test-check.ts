/** `test` checks: verdicts decided on the host from the plain test-case results the sandbox reports. */
import type { RunResult } from '@loopgrade/engine/contract';
import { describeRunEnding, describeRunError } from '../runs/describe-run';
import type { TestCheck } from '../spec/types';
import { plural, quote } from './format';
import { failed, PASSED, type Verdict } from './verdict';

export function evaluateTest(check: TestCheck, run: RunResult): Verdict {
  const cases = run.tests ?? [];
  if (cases.length === 0) {
    return failed(`the tests could not run: ${describeRunError(run)}`, 'did-not-run');
  }
  const failures = cases.filter((testCase) => testCase.status !== 'passed');
  if (failures.length === 0) return PASSED;
  const first = failures[0];
  const passedShare = (cases.length - failures.length) / cases.length;
  const summary =
    failures.length > 1 ? ` (${plural(failures.length, 'test')} of ${cases.length} failed)` : '';
  const ending = describeRunEnding(run);
  // The harness reports a case the run ended in the middle of as an error "not finished: …".
  const cutShort = ending !== null && first.status === 'error' && first.message?.startsWith('not finished');
  const outcome = cutShort
    ? `did not finish: the program ${ending}`
    : `${first.status === 'error' ? 'errored' : 'failed'}${first.message ? `: ${first.message}` : ''}`;
  return {
    ...failed(`${quote(first.name)} ${outcome}${summary}`, cutShort ? 'cut-short' : 'wrong-value', {
      expected: cases.map((testCase) => `✓ ${testCase.name}`),
      actual: cases.map((testCase) => `${testCase.status === 'passed' ? '✓' : '✗'} ${testCase.name}`),
    }),
    fraction: check.partialCredit ? passedShare : 0,
  };
}
