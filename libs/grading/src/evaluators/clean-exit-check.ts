/** `clean-exit` checks: nothing left scheduled, no unhandled rejection, no uncaught error, exit code 0. */
import type { RunResult } from '@loopgrade/engine/contract';
import { describeRunError } from '../runs/describe-run';
import type { CleanExitCheck, CleanExitRequirement } from '../spec/types';
import { plural } from './format';
import { failed, PASSED, type Verdict } from './verdict';

const ALL: CleanExitRequirement[] = [
  'no-pending-timers',
  'no-unhandled-rejection',
  'no-uncaught-error',
  'exit-code-zero',
];

function describeError(run: RunResult): string {
  return run.error ? describeRunError(run) : 'an error';
}

function evaluateRequirement(requirement: CleanExitRequirement, run: RunResult): Verdict {
  switch (requirement) {
    case 'no-pending-timers': {
      const { timers, intervals, immediates } = run.pending ?? { timers: 0, intervals: 0, immediates: 0 };
      if (timers + intervals + immediates === 0) return PASSED;
      const left = [
        timers ? plural(timers, 'timer') : '',
        intervals ? plural(intervals, 'interval') : '',
        immediates ? plural(immediates, 'immediate') : '',
      ].filter(Boolean);
      const verb = timers + intervals + immediates === 1 ? 'was' : 'were';
      return failed(
        `expected nothing left scheduled, but ${left.join(' and ')} ${verb} still pending when the program ended`,
        'left-pending',
      );
    }
    case 'no-unhandled-rejection':
      return run.unhandledRejection
        ? failed(`expected no unhandled promise rejection, got ${describeError(run)}`, 'wrong-outcome')
        : PASSED;
    case 'no-uncaught-error':
      return run.status === 'crashed' && !run.unhandledRejection
        ? failed(`expected no uncaught error, got ${describeError(run)}`, 'wrong-outcome')
        : PASSED;
    case 'exit-code-zero':
      return run.exitCode === 0
        ? PASSED
        : failed(`expected exit code 0, got ${run.exitCode}`, 'wrong-outcome');
  }
}

export function evaluateCleanExit(check: CleanExitCheck, run: RunResult): Verdict {
  for (const requirement of check.require ?? ALL) {
    const verdict = evaluateRequirement(requirement, run);
    if (verdict.fraction < 1) return verdict;
  }
  return PASSED;
}
