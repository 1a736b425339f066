/** `output` checks: exact, subsequence and partial-order comparison of printed lines. */
import type { OutputEvent, RunResult } from '@loopgrade/engine/contract';
import { printedLines } from '../runs/printed-lines';
import { resolveEventRef } from '../spec/event-refs';
import type { OutputCheck } from '../spec/types';
import { ms, plural, quote } from './format';
import {
  consideredLines,
  describeLine,
  excerptAround,
  fits,
  prepareExpected,
  timingDivergence,
  unexpectedLine,
  type ExpectedLine,
} from './expected-lines';
import { maximumAssignment, orderedAssignment } from './partial-assignment';
import { failed, PASSED, type Verdict } from './verdict';

function evaluateExact(lines: ExpectedLine[], events: OutputEvent[]): Verdict {
  for (let index = 0; index < Math.max(lines.length, events.length); index++) {
    const line = lines[index];
    const event = events[index];
    const excerpt = excerptAround(lines, index, events, index);
    if (line === undefined) {
      return failed(
        `expected the output to end after ${plural(lines.length, 'line')}, got an extra line ${quote(event.text)} at ${ms(event.t)}`,
        'unexpected',
        excerpt,
      );
    }
    if (event === undefined) {
      return failed(
        `expected ${describeLine(line)} as line ${index + 1}, but the output ended after ${plural(events.length, 'line')}`,
        'missing',
        excerpt,
      );
    }
    if (!line.matchesText(event)) {
      // Earlier lines each matched their own expected line, so only a later one can be this line's.
      const later = events.findIndex((candidate, at) => at > index && line.matchesText(candidate));
      const printedBefore = events.slice(0, index).some((candidate) => line.matchesText(candidate));
      const where =
        later >= 0
          ? `${describeLine(line)} came as line ${later + 1}, at ${ms(events[later].t)}`
          : `${describeLine(line)} was ${printedBefore ? 'not printed again' : 'never printed'}`;
      return failed(
        `expected ${describeLine(line)} as line ${index + 1}, got ${quote(event.text)} (${where})`,
        later >= 0 ? 'order' : 'missing',
        excerpt,
      );
    }
    if (!fits(line, event)) return timingDivergence(line, event, excerpt);
  }
  return PASSED;
}

/**
 * Why an expected line found no partner among `events` (ignoring those already `used`): printed at
 * the wrong time, printed too few times, or never printed. Null when it was printed often enough.
 */
function diagnoseMissing(
  lines: ExpectedLine[],
  lineIndex: number,
  events: OutputEvent[],
  used: (eventIndex: number) => boolean,
): Verdict | null {
  const line = lines[lineIndex];
  const wrongTime = events.findIndex((event, index) => !used(index) && line.matchesText(event));
  if (wrongTime >= 0) {
    return timingDivergence(line, events[wrongTime], excerptAround(lines, lineIndex, events, wrongTime));
  }
  const printed = events.filter((event) => line.matchesText(event)).length;
  const wanted = lines.filter((other) => describeLine(other) === describeLine(line)).length;
  const excerpt = excerptAround(lines, lineIndex, events, events.length - 1);
  if (printed === 0) {
    return failed(`expected ${describeLine(line)}, but it was never printed`, 'missing', excerpt);
  }
  if (printed < wanted) {
    return failed(
      `expected ${describeLine(line)} ${plural(wanted, 'time')}, it was printed ${plural(printed, 'time')}`,
      'count',
      excerpt,
    );
  }
  return null;
}

function firstExtra(
  lines: ExpectedLine[],
  events: OutputEvent[],
  matched: Set<number>,
  allowExtra: boolean | undefined,
): Verdict {
  if (allowExtra !== false) return PASSED;
  const extra = events.findIndex((_event, index) => !matched.has(index));
  if (extra < 0) return PASSED;
  return unexpectedLine(events[extra], excerptAround(lines, lines.length - 1, events, extra));
}

function evaluateSubsequence(check: OutputCheck, lines: ExpectedLine[], events: OutputEvent[]): Verdict {
  const matched = new Set<number>();
  let cursor = 0;
  for (const [lineIndex, line] of lines.entries()) {
    const found = events.findIndex((event, index) => index >= cursor && fits(line, event));
    if (found >= 0) {
      matched.add(found);
      cursor = found + 1;
      continue;
    }
    const missing = diagnoseMissing(lines, lineIndex, events, (index) => index < cursor);
    if (missing) return missing;
    // Printed often enough, but only before the lines expected ahead of it.
    const earlier = events.findIndex((event, index) => index < cursor && line.matchesText(event));
    return failed(
      `expected ${describeLine(line)} after ${describeLine(lines[lineIndex - 1])}, but it was printed before it, at ${ms(events[earlier].t)}`,
      'order',
      excerptAround(lines, lineIndex, events, earlier),
    );
  }
  return firstExtra(lines, events, matched, check.allowExtra);
}

function evaluatePartial(check: OutputCheck, lines: ExpectedLine[], events: OutputEvent[]): Verdict {
  const maximum = maximumAssignment(lines, events);
  const unmatched = maximum.indexOf(-1);
  if (unmatched >= 0) {
    const used = new Set(maximum);
    return (
      diagnoseMissing(lines, unmatched, events, (index) => used.has(index)) ??
      failed(
        `expected ${describeLine(lines[unmatched])} once more: every line it matches is already another expected line's`,
        'count',
        excerptAround(lines, unmatched, events, events.length - 1),
      )
    );
  }
  const before = (check.before ?? []).map(
    ([first, second]) => [resolveEventRef(check, first), resolveEventRef(check, second)] as [number, number],
  );
  const broken = before.find(([first, second]) => maximum[first] > maximum[second]);
  const ordered = broken ? orderedAssignment(lines, events, before) : maximum;
  if (ordered) return firstExtra(lines, events, new Set(ordered), check.allowExtra);
  // No pairing respects every pair: report one the maximum pairing breaks, with the earliest line that
  // could have come first.
  const [first, second] = broken as [number, number];
  const secondEvent = maximum[second];
  const earliest = events.findIndex((event) => fits(lines[first], event));
  const firstEvent = earliest > secondEvent ? earliest : maximum[first];
  return failed(
    `expected ${describeLine(lines[first])} before ${describeLine(lines[second])}, but ${describeLine(lines[second])} ` +
      `was printed first (at ${ms(events[secondEvent].t)}; the other at ${ms(events[firstEvent].t)})`,
    'order',
    excerptAround(lines, second, events, secondEvent),
  );
}

export function evaluateOutput(check: OutputCheck, run: RunResult): Verdict {
  const events = consideredLines(check.expect, printedLines(run.events));
  const prepared = prepareExpected(check.expect, events);
  if ('unusable' in prepared) return prepared.unusable;
  const { lines } = prepared;
  switch (check.mode) {
    case 'exact':
      return evaluateExact(lines, events);
    case 'subsequence':
      return evaluateSubsequence(check, lines, events);
    case 'partial':
      return evaluatePartial(check, lines, events);
  }
}
