/** Expected output events prepared for matching against what the program printed. */
import type { OutputEvent } from '@loopgrade/engine/contract';
import { describePattern, matchLines, streamOf, toEventObject } from '../spec/text-pattern';
import type { ExpectedEvent, ExpectedEventObject, Stream, TextPattern, TimeBound } from '../spec/types';
import { around, describeBound, formatEvent, isLate, ms, quote, withinBound } from './format';
import { failed, type Excerpt, type Verdict } from './verdict';

export interface ExpectedLine {
  pattern: ExpectedEventObject;
  /** Same stream and text (time ignored). */
  matchesText: (event: OutputEvent) => boolean;
  bound: TimeBound | null;
}

/** The expected lines matched against the printed ones, or the verdict when a pattern cannot be applied. */
export function prepareExpected(
  expect: ExpectedEvent[],
  printed: OutputEvent[],
): { lines: ExpectedLine[] } | { unusable: Verdict } {
  const lines: ExpectedLine[] = [];
  for (const pattern of expect.map(toEventObject)) {
    const matches = matchLines(pattern, printed);
    if ('problem' in matches) return { unusable: unusablePattern(pattern, matches.problem) };
    lines.push({
      pattern,
      matchesText: (event) => matches.matched.has(event),
      bound: pattern.at === undefined ? null : { at: pattern.at, tolerance: pattern.tolerance },
    });
  }
  return { lines };
}

/** A pattern that could not be applied (invalid, or too slow on this output): the check cannot pass. */
export function unusablePattern(pattern: TextPattern, problem: string): Verdict {
  return failed(`cannot check ${describePattern(pattern)}: ${problem}`, 'did-not-run');
}

/** Text and time both right. */
export function fits(line: ExpectedLine, event: OutputEvent): boolean {
  return line.matchesText(event) && (line.bound === null || withinBound(event.t, line.bound));
}

/** The printed lines of the streams the expectation talks about (stdout when it names none). */
export function consideredLines(expect: ExpectedEvent[], printed: OutputEvent[]): OutputEvent[] {
  const streams = new Set<Stream>(expect.map((event) => streamOf(toEventObject(event))));
  if (streams.size === 0) streams.add('stdout');
  return printed.filter((line) => streams.has(line.stream));
}

export function describeLine(line: ExpectedLine): string {
  return describePattern(line.pattern);
}

/** How an expected line reads in an excerpt, aligned with formatEvent. */
export function formatExpected(line: ExpectedLine): string {
  const time = line.bound?.at === undefined ? '     *' : String(line.bound.at).padStart(6);
  const stream = streamOf(line.pattern) === 'stderr' ? '[stderr] ' : '';
  const { regex, normalized, text: exact } = line.pattern;
  const text = regex !== undefined ? describePattern(line.pattern) : (normalized ?? exact);
  return `${time} ms  ${stream}${text}`;
}

export function excerptAround(
  lines: ExpectedLine[],
  expectedIndex: number,
  events: OutputEvent[],
  actualIndex: number,
): Excerpt {
  return {
    expected: around(lines, expectedIndex).map(formatExpected),
    actual: around(events, actualIndex).map(formatEvent),
  };
}

/** The right text at the wrong time. */
export function timingDivergence(line: ExpectedLine, event: OutputEvent, excerpt: Excerpt): Verdict {
  const bound = line.bound as TimeBound;
  return failed(
    `expected ${describeLine(line)} ${describeBound(bound)}, got it at ${ms(event.t)}`,
    isLate(event.t, bound) ? 'late' : 'early',
    excerpt,
  );
}

export function unexpectedLine(event: OutputEvent, excerpt: Excerpt): Verdict {
  return failed(`did not expect ${quote(event.text)} (printed at ${ms(event.t)})`, 'unexpected', excerpt);
}
