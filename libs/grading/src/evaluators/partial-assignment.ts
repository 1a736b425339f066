/**
 * Partial mode pairs every expected line with a distinct printed line. With repeated patterns many
 * pairings exist and only some may respect the `before` pairs, so this searches for one that does.
 */
import type { OutputEvent } from '@loopgrade/engine/contract';
import { fits, type ExpectedLine } from './expected-lines';

/** Expected lists are short; the search gives up after this many steps rather than run away. */
const SEARCH_STEPS = 100_000;

/** `eventOfLine[i]`: the printed line given to expected line i (-1 when none could be). */
export type Assignment = number[];

/** A maximum pairing, earliest printed lines first (augmenting paths); unpaired lines get -1. */
export function maximumAssignment(lines: ExpectedLine[], events: OutputEvent[]): Assignment {
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

/**
 * A complete pairing in which, for every pair [a, b], a's printed line comes before b's; null when none
 * exists (or the bounded search found none).
 */
export function orderedAssignment(
  lines: ExpectedLine[],
  events: OutputEvent[],
  before: Array<[number, number]>,
): Assignment | null {
  const eventOfLine = new Array<number>(lines.length).fill(-1);
  const used = new Set<number>();
  let steps = 0;
  const respectsOrder = (lineIndex: number, eventIndex: number) =>
    before.every(([first, second]) => {
      if (first === lineIndex && eventOfLine[second] >= 0) return eventIndex < eventOfLine[second];
      if (second === lineIndex && eventOfLine[first] >= 0) return eventOfLine[first] < eventIndex;
      return true;
    });
  const assignFrom = (lineIndex: number): boolean => {
    if (lineIndex === lines.length) return true;
    for (const [eventIndex, event] of events.entries()) {
      if (++steps > SEARCH_STEPS) return false;
      if (used.has(eventIndex) || !fits(lines[lineIndex], event) || !respectsOrder(lineIndex, eventIndex))
        continue;
      eventOfLine[lineIndex] = eventIndex;
      used.add(eventIndex);
      if (assignFrom(lineIndex + 1)) return true;
      used.delete(eventIndex);
      eventOfLine[lineIndex] = -1;
    }
    return false;
  };
  return assignFrom(0) ? eventOfLine : null;
}
