import { toEventObject } from './text-pattern';
import type { EventRef, OutputCheck } from './types';

/** Resolves a `before` reference to an index into `expect`: an index, an event's `name`, or its exact text. */
export function resolveEventRef(check: OutputCheck, ref: EventRef): number | null {
  if (typeof ref === 'number') return ref < check.expect.length ? ref : null;
  const events = check.expect.map(toEventObject);
  const byName = events.findIndex((event) => event.name === ref);
  if (byName >= 0) return byName;
  const byText = events.findIndex((event) => event.text === ref || event.normalized === ref);
  return byText >= 0 ? byText : null;
}
