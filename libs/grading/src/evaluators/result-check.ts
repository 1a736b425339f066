/** `result` checks: the value an exported function settled with, and when; compared on the host. */
import type { InvocationResult, RunResult } from '@loopgrade/engine/contract';
import { deepEqual, describeValue } from '../matching/deep-equal';
import { matchValue } from '../matching/value-matcher';
import { describeRunEnding, describeRunError } from '../runs/describe-run';
import type { ResultCheck } from '../spec/types';
import { describeBound, isLate, ms, quote, withinBound } from './format';
import { failed, PASSED, type Verdict } from './verdict';

function describeCall(check: ResultCheck): string {
  const args = (check.args ?? []).map((arg) => describeValue(arg, 60)).join(', ');
  return `${check.export}(${args})`;
}

/** A synchronous return counts as resolving, a synchronous throw as rejecting. */
function settledAs(invocation: InvocationResult): 'resolved' | 'rejected' | null {
  if (invocation.outcome === 'resolved') return 'resolved';
  if (invocation.outcome === 'rejected' || invocation.outcome === 'threw') return 'rejected';
  return null;
}

function compareValue(check: ResultCheck, value: unknown, call: string): Verdict {
  const excerpt = (expected: string) => ({ expected: [expected], actual: [describeValue(value, 500)] });
  if (check.value !== undefined && !deepEqual(check.value, value)) {
    return failed(
      `expected ${call} to settle with ${describeValue(check.value)}, got ${describeValue(value)}`,
      'wrong-value',
      excerpt(describeValue(check.value, 500)),
    );
  }
  if (check.matches !== undefined) {
    const mismatch = matchValue(check.matches, value);
    if (mismatch) {
      const where = mismatch.path === '' ? '' : ` at ${mismatch.path.replace(/^\./, '')}`;
      return failed(
        `expected ${call} to settle with ${mismatch.expected}${where}, got ${describeValue(mismatch.actual)}`,
        'wrong-value',
        excerpt(`${mismatch.expected}${where}`),
      );
    }
  }
  return PASSED;
}

export function evaluateResult(check: ResultCheck, run: RunResult): Verdict {
  const call = describeCall(check);
  const invocation = run.invocation;
  if (!invocation) {
    return failed(
      `${call} could not be called: the module did not load (${describeRunError(run)})`,
      'did-not-run',
    );
  }
  const expectedOutcome = check.outcome ?? 'resolved';
  const outcome = settledAs(invocation);
  const ending = describeRunEnding(run);
  // A crash or limit before the call settled (or even returned: then the engine reports it missing).
  if (outcome === null && ending) {
    return failed(`the program ${ending} before ${call} settled`, 'cut-short');
  }
  if (invocation.outcome === 'missing') {
    return failed(`the module does not export a function named ${quote(check.export)}`, 'did-not-run');
  }
  if (outcome === null) {
    return failed(
      `expected ${call} to ${expectedOutcome === 'resolved' ? 'resolve' : 'reject'}, but it never settled (the run ended at ${ms(run.virtualTimeMs)})`,
      'never-settled',
    );
  }
  if (outcome !== expectedOutcome) {
    const how = invocation.outcome === 'threw' ? 'threw' : outcome;
    return failed(
      `expected ${call} to ${expectedOutcome === 'resolved' ? 'resolve' : 'reject'}, but it ${how} with ${describeValue(invocation.value)}`,
      'wrong-outcome',
    );
  }
  const valueVerdict = compareValue(check, invocation.value, call);
  if (valueVerdict.fraction < 1) return valueVerdict;
  const settledAt = invocation.settledAt ?? run.virtualTimeMs;
  if (check.settledAt && !withinBound(settledAt, check.settledAt)) {
    return failed(
      `expected ${call} to settle ${describeBound(check.settledAt)}, it settled at ${ms(settledAt)}`,
      isLate(settledAt, check.settledAt) ? 'late' : 'early',
    );
  }
  return PASSED;
}
