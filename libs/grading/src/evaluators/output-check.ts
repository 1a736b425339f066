/** `output` checks: exact, subsequence and partial-order comparison of printed lines. */
import type { OutputEvent, RunResult } from '@loopgrade/engine/contract';
import { resolveEventRef } from '../spec/event-refs';
import type { OutputCheck } from '../spec/types';
import { ms, plural, quote } from './format';
import {
  consideredEvents,
  describeLine,
  excerptAround,
  fits,
  prepareExpected,
  timingDivergence,
  unexpectedLine,
  type ExpectedLine,
} from './expected-lines';
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
      const elsewhere = events.findIndex((candidate, at) => at !== index && line.matchesText(candidate));
      const where =
        elsewhere >= 0
          ? `${describeLine(line)} came as line ${elsewhere + 1}, at ${ms(events[elsewhere].t)}`
          : `${describeLine(line)} was never printed`;
      return failed(
        `expected ${describeLine(line)} as line ${index + 1}, got ${quote(event.text)} (${where})`,
        elsewhere >= 0 ? 'order' : 'missing',
        excerpt,
      );
    }
    if (!fits(line, event)) return timingDivergence(line, event, excerpt);
  }
  return PASSED;
}

/** Why an expected line found no partner among `events` (ignoring those already `used`). */
function diagnoseMissing(
  lines: ExpectedLine[],
  lineIndex: number,
  events: OutputEvent[],
  used: (eventIndex: number) => boolean,
): Verdict {
  const line = lines[lineIndex];
  const wrongTime = events.findIndex((event, index) => !used(index) && line.matchesText(event));
  if (wrongTime >= 0) {
    return timingDivergence(line, events[wrongTime], excerptAround(lines, lineIndex, events, wrongTime));
  }
  const printed = events.filter((event) => line.matchesText(event)).length;
  const wanted = lines.filter((other) => describeLine(other) === describeLine(line)).length;
  const excerpt = excerptAround(lines, lineIndex, events, events.length - 1);
  if (printed > 0) {
    return failed(
      `expected ${describeLine(line)} ${plural(wanted, 'time')}, it was printed ${plural(printed, 'time')}`,
      'count',
      excerpt,
    );
  }
  return failed(`expected ${describeLine(line)}, but it was never printed`, 'missing', excerpt);
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
    const later = diagnoseMissing(lines, lineIndex, events, (index) => index < cursor);
    if (later.cause !== 'missing' && later.cause !== 'count') return later;
    const earlier = events.findIndex((event, index) => index < cursor && line.matchesText(event));
    if (earlier >= 0 && lineIndex > 0) {
      return failed(
        `expected ${describeLine(line)} after ${describeLine(lines[lineIndex - 1])}, but it was printed before it, at ${ms(events[earlier].t)}`,
        'order',
        excerptAround(lines, lineIndex, events, earlier),
      );
    }
    return later;
  }
  return firstExtra(lines, events, matched, check.allowExtra);
}

/** Assigns each expected line a distinct printed event (bipartite matching, earliest events first). */
function assignLines(lines: ExpectedLine[], events: OutputEvent[]): number[] {
  const lineOfEvent = new Array<number>(events.length).fill(-1);
  const tryAssign = (lineIndex: number, seen: Set<number>): boolean => {
    for (const [eventIndex, event] of events.entries()) {
      if (seen.has(eventIndex) || !fits(lines[lineIndex], event)) continue;
      seen.add(eventIndex);
      if (lineOfEvent[eventIndex] < 0 || tryAssign(lineOfEvent[eventIndex], seen)) {
        lineOfEvent[eventIndex] = lineIndex;
        return true;
      }
    }
    return false;
  };
  lines.forEach((_line, lineIndex) => tryAssign(lineIndex, new Set()));
  const eventOfLine = new Array<number>(lines.length).fill(-1);
  lineOfEvent.forEach((lineIndex, eventIndex) => {
    if (lineIndex >= 0) eventOfLine[lineIndex] = eventIndex;
  });
  return eventOfLine;
}

function evaluatePartial(check: OutputCheck, lines: ExpectedLine[], events: OutputEvent[]): Verdict {
  const eventOfLine = assignLines(lines, events);
  const matched = new Set(eventOfLine.filter((index) => index >= 0));
  const unmatched = eventOfLine.indexOf(-1);
  if (unmatched >= 0) return diagnoseMissing(lines, unmatched, events, (index) => matched.has(index));
  for (const [firstRef, secondRef] of check.before ?? []) {
    const first = resolveEventRef(check, firstRef) as number;
    const second = resolveEventRef(check, secondRef) as number;
    const [firstEvent, secondEvent] = [eventOfLine[first], eventOfLine[second]];
    if (firstEvent < secondEvent) continue;
    return failed(
      `expected ${describeLine(lines[first])} before ${describeLine(lines[second])}, but ${describeLine(lines[second])} ` +
        `was printed first (at ${ms(events[secondEvent].t)}; the other at ${ms(events[firstEvent].t)})`,
      'order',
      excerptAround(lines, second, events, secondEvent),
    );
  }
  return firstExtra(lines, events, matched, check.allowExtra);
}

export function evaluateOutput(check: OutputCheck, run: RunResult): Verdict {
  const lines = prepareExpected(check.expect);
  const events = consideredEvents(lines, run.events);
  switch (check.mode) {
    case 'exact':
      return evaluateExact(lines, events);
    case 'subsequence':
      return evaluateSubsequence(check, lines, events);
    case 'partial':
      return evaluatePartial(check, lines, events);
  }
}
