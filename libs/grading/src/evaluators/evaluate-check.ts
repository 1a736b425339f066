/** Dispatches one check to its evaluator: a pure function of the check and one run's plain data. */
import type { RunResult } from '@loopgrade/engine/contract';
import type { Check } from '../spec/types';
import { evaluateCalls } from './calls-check';
import { evaluateCleanExit } from './clean-exit-check';
import { evaluateOutput } from './output-check';
import { evaluateResult } from './result-check';
import { evaluateTest } from './test-check';
import { evaluateTiming } from './timing-check';
import type { Verdict } from './verdict';

export function evaluateCheck(check: Check, run: RunResult): Verdict {
  switch (check.kind) {
    case 'output':
      return evaluateOutput(check, run);
    case 'timing':
      return evaluateTiming(check, run);
    case 'calls':
      return evaluateCalls(check, run);
    case 'result':
      return evaluateResult(check, run);
    case 'clean-exit':
      return evaluateCleanExit(check, run);
    case 'test':
      return evaluateTest(check, run);
  }
}
