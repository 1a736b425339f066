/**
 * The engine reports one event per console/write call, but checks talk about printed lines: one call
 * may print several (`console.log('A\nB')`). Output, timing and divergence code all read lines from here.
 */
import type { OutputEvent } from '@loopgrade/engine/contract';

/** Every printed line, with the time and stream of the call that printed it. */
export function printedLines(events: OutputEvent[]): OutputEvent[] {
  return events.flatMap((event) =>
    event.text.includes('\n')
      ? event.text.split('\n').map((text) => ({ t: event.t, stream: event.stream, text }))
      : [event],
  );
}
