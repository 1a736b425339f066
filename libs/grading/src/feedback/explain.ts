/**
 * The "why" after a first divergence: the check's own `explain`, else an inference for common mistakes
 * drawn from the failing run's plain data. Returns null rather than guess.
 */
import type { RunResult } from '@loopgrade/engine/contract';
import { peakConcurrency } from '../evaluators/calls-check';
import type { Verdict } from '../evaluators/verdict';
import type { Check } from '../spec/types';

function ranOneAfterAnother(run: RunResult): boolean {
  return run.calls.length >= 2 && peakConcurrency(run.calls).peak === 1;
}

function whyMissing(run: RunResult): string | null {
  if (run.unhandledRejection) return 'an unhandled promise rejection ended the program first';
  if (run.status === 'crashed') return 'the program crashed before that';
  if (run.status === 'virtual-time-limit')
    return 'the program ran out of virtual time first (is an interval never cleared?)';
  if (run.status === 'cpu-limit') return 'the program used up its CPU time first (an endless loop?)';
  return null;
}

export function inferExplanation(check: Check, verdict: Verdict, run: RunResult): string | null {
  switch (verdict.cause) {
    case 'late':
    case 'not-concurrent':
      return ranOneAfterAnother(run)
        ? 'your requests ran one after another instead of at the same time'
        : null;
    case 'early':
      return 'is something not awaited, or a delay missing?';
    case 'missing':
      return whyMissing(run);
    case 'too-concurrent':
      return 'too many requests were in flight at once: start the next one only when another finishes';
    case 'never-settled':
      return 'a promise that is never resolved or rejected keeps it pending';
    case 'left-pending':
      return check.kind === 'calls'
        ? 'abort requests you no longer need (AbortController)'
        : 'clear timers and intervals you no longer need (clearTimeout, clearInterval)';
    default:
      return null;
  }
}

/** The message with its explanation appended: "expected … got …: <why>". */
export function explainedMessage(check: Check, verdict: Verdict, run: RunResult): string | null {
  if (verdict.message === null) return null;
  const why = check.explain ?? inferExplanation(check, verdict, run);
  return why ? `${verdict.message}: ${why}` : verdict.message;
}
