/** Finds where two runs' printed timelines part ways, to show why a seeded schedule failed. */
import type { OutputEvent } from '@loopgrade/engine/contract';
import { around, formatEvent } from '../evaluators/format';
import { printedLines } from '../runs/printed-lines';
import type { TimelineDivergence } from './evaluation';

function sameEvent(a: OutputEvent | undefined, b: OutputEvent | undefined): boolean {
  return a !== undefined && b !== undefined && a.t === b.t && a.stream === b.stream && a.text === b.text;
}

/** Compares printed lines, so `index` counts lines as output checks do. */
export function timelineDivergence(
  defaultOutput: OutputEvent[],
  seededOutput: OutputEvent[],
): TimelineDivergence | null {
  const [defaultEvents, seededEvents] = [printedLines(defaultOutput), printedLines(seededOutput)];
  const length = Math.max(defaultEvents.length, seededEvents.length);
  for (let index = 0; index < length; index++) {
    if (sameEvent(defaultEvents[index], seededEvents[index])) continue;
    return {
      index,
      defaultTimeline: around(defaultEvents, index, 2, 3).map(formatEvent),
      seededTimeline: around(seededEvents, index, 2, 3).map(formatEvent),
    };
  }
  return null;
}
