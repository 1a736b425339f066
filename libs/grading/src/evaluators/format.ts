/** Wording shared by the evaluators: times, bounds, printed lines. */
import type { OutputEvent } from '@loopgrade/engine/contract';
import type { TimeBound } from '../spec/types';

export function ms(time: number): string {
  return `${time} ms`;
}

export function withinBound(time: number, bound: TimeBound): boolean {
  if (bound.at !== undefined && Math.abs(time - bound.at) > (bound.tolerance ?? 0)) return false;
  if (bound.min !== undefined && time < bound.min) return false;
  if (bound.max !== undefined && time > bound.max) return false;
  return true;
}

/** "at 1000 ms", "at 1000 ± 5 ms", "by 1000 ms", "between 100 and 200 ms", "not before 100 ms". */
export function describeBound(bound: TimeBound): string {
  const parts: string[] = [];
  if (bound.at !== undefined) {
    parts.push(bound.tolerance ? `at ${bound.at} ± ${ms(bound.tolerance)}` : `at ${ms(bound.at)}`);
  }
  if (bound.min !== undefined && bound.max !== undefined)
    parts.push(`between ${bound.min} and ${ms(bound.max)}`);
  else if (bound.max !== undefined) parts.push(`by ${ms(bound.max)}`);
  else if (bound.min !== undefined) parts.push(`not before ${ms(bound.min)}`);
  return parts.join(' and ');
}

/** Whether a time outside the bound is too late (else too early). */
export function isLate(time: number, bound: TimeBound): boolean {
  if (bound.max !== undefined && time > bound.max) return true;
  return bound.at !== undefined && time > bound.at + (bound.tolerance ?? 0);
}

export function quote(text: string): string {
  return `\`${text}\``;
}

/** One timeline line as students see it: "1000 ms  Task A done" (stderr marked). */
export function formatEvent(event: OutputEvent): string {
  return `${String(event.t).padStart(6)} ms  ${event.stream === 'stderr' ? '[stderr] ' : ''}${event.text}`;
}

/** The items of a list around index `center`: `before` items before it and `after` after it. */
export function around<T>(items: T[], center: number, before = 2, after = 2): T[] {
  return items.slice(Math.max(0, center - before), center + after + 1);
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
