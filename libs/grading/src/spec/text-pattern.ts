/** Recognising printed lines by exact text, normalised whitespace or a regular expression. */
import type { ExpectedEvent, ExpectedEventObject, Stream, TextPattern } from './types';
import type { OutputEvent } from '@loopgrade/engine/contract';

export function normalizeWhitespace(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

export function toEventObject(event: ExpectedEvent): ExpectedEventObject {
  return typeof event === 'string' ? { text: event } : event;
}

export function streamOf(pattern: TextPattern): Stream {
  return pattern.stream ?? 'stdout';
}

/** Builds a predicate over one line; the pattern is assumed valid (checked on save). */
export function lineMatcher(pattern: TextPattern): (text: string) => boolean {
  if (pattern.regex !== undefined) {
    const regex = new RegExp(pattern.regex, pattern.flags ?? '');
    return (text) => regex.test(text);
  }
  if (pattern.normalized !== undefined) {
    const expected = normalizeWhitespace(pattern.normalized);
    return (text) => normalizeWhitespace(text) === expected;
  }
  const expected = pattern.text ?? '';
  return (text) => text === expected;
}

export function eventMatcher(pattern: TextPattern): (event: OutputEvent) => boolean {
  const matchesLine = lineMatcher(pattern);
  const stream = streamOf(pattern);
  return (event) => event.stream === stream && matchesLine(event.text);
}

/** How the pattern reads in a message: the literal line, or /regex/. */
export function describePattern(pattern: TextPattern): string {
  if (pattern.regex !== undefined) return `/${pattern.regex}/${pattern.flags ?? ''}`;
  return `\`${pattern.normalized ?? pattern.text ?? ''}\``;
}
