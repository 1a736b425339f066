/** Recognising printed lines by exact text, normalised whitespace or a regular expression. */
import type { OutputEvent } from '@loopgrade/engine/contract';
import { compileRegex, SLOW_REGEX, testTexts } from '../matching/regex';
import type { ExpectedEvent, ExpectedEventObject, Stream, TextPattern } from './types';

export function normalizeWhitespace(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

export function toEventObject(event: ExpectedEvent): ExpectedEventObject {
  return typeof event === 'string' ? { text: event } : event;
}

export function streamOf(pattern: TextPattern): Stream {
  return pattern.stream ?? 'stdout';
}

/** The printed lines a pattern recognises, or why it could not be applied to them. */
export type LineMatches = { matched: ReadonlySet<OutputEvent> } | { problem: string };

function matchTexts(pattern: TextPattern, texts: string[]): boolean[] | string {
  if (pattern.regex !== undefined) {
    const compiled = compileRegex(pattern.regex, pattern.flags);
    if ('problem' in compiled) return compiled.problem;
    return testTexts(compiled.regex, texts) ?? SLOW_REGEX;
  }
  if (pattern.normalized !== undefined) {
    const expected = normalizeWhitespace(pattern.normalized);
    return texts.map((text) => normalizeWhitespace(text) === expected);
  }
  return texts.map((text) => text === (pattern.text ?? ''));
}

/** Applies the pattern to every line once (a regex runs under a time limit on the whole output). */
export function matchLines(pattern: TextPattern, lines: OutputEvent[]): LineMatches {
  const candidates = lines.filter((line) => line.stream === streamOf(pattern));
  const result = matchTexts(
    pattern,
    candidates.map((line) => line.text),
  );
  if (typeof result === 'string') return { problem: result };
  return { matched: new Set(candidates.filter((_line, index) => result[index])) };
}

/** How the pattern reads in a message: the literal line, or /regex/. */
export function describePattern(pattern: TextPattern): string {
  if (pattern.regex !== undefined) return `/${pattern.regex}/${pattern.flags ?? ''}`;
  return `\`${pattern.normalized ?? pattern.text ?? ''}\``;
}
