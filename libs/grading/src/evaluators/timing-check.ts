/** `timing` checks: bounds on the run's total virtual duration and on when lines were printed. */
import type { OutputEvent, RunResult } from '@loopgrade/engine/contract';
import { printedLines } from '../runs/printed-lines';
import { describePattern, matchLines } from '../spec/text-pattern';
import type { TimedEventBound, TimingCheck } from '../spec/types';
import { unusablePattern } from './expected-lines';
import { describeBound, formatEvent, isLate, ms, plural, withinBound } from './format';
import { failed, PASSED, type Verdict } from './verdict';

function evaluateEventBound(bound: TimedEventBound, printed: OutputEvent[]): Verdict {
  const matches = matchLines(bound, printed);
  if ('problem' in matches) return unusablePattern(bound, matches.problem);
  const matching = printed.filter((line) => matches.matched.has(line));
  const pattern = describePattern(bound);
  const excerpt = (expected: string) => ({
    expected: [expected],
    actual: matching.slice(0, 5).map(formatEvent),
  });
  if (matching.length === 0) {
    return failed(`expected ${pattern} to be printed, it never was`, 'missing', excerpt(`${pattern}`));
  }
  if (bound.count !== undefined && matching.length !== bound.count) {
    return failed(
      `expected ${pattern} to be printed ${plural(bound.count, 'time')}, it was printed ${plural(matching.length, 'time')}`,
      'count',
      excerpt(`${plural(bound.count, 'line')} matching ${pattern}`),
    );
  }
  const occurrence = bound.occurrence ?? 'every';
  const selected =
    occurrence === 'first'
      ? [matching[0]]
      : occurrence === 'last'
        ? [matching[matching.length - 1]]
        : matching;
  const outside = selected.find((event) => !withinBound(event.t, bound));
  if (!outside) return PASSED;
  const which = occurrence === 'every' ? '' : `the ${occurrence} `;
  return failed(
    `expected ${which}${pattern} ${describeBound(bound)}, got ${quoteIfDifferent(pattern, outside.text)}at ${ms(outside.t)}`,
    isLate(outside.t, bound) ? 'late' : 'early',
    excerpt(`${pattern} ${describeBound(bound)}`),
  );
}

/** "got it at" for a literal pattern, "got `downloaded c` at" when a regex matched a specific line. */
function quoteIfDifferent(pattern: string, text: string): string {
  return pattern === `\`${text}\`` ? 'it ' : `\`${text}\` `;
}

export function evaluateTiming(check: TimingCheck, run: RunResult): Verdict {
  if (check.total && !withinBound(run.virtualTimeMs, check.total)) {
    return failed(
      `expected the program to finish ${describeBound(check.total)}, it took ${ms(run.virtualTimeMs)}`,
      isLate(run.virtualTimeMs, check.total) ? 'late' : 'early',
      null,
    );
  }
  const printed = printedLines(run.events);
  for (const bound of check.events ?? []) {
    const verdict = evaluateEventBound(bound, printed);
    if (verdict.fraction < 1) return verdict;
  }
  return PASSED;
}
