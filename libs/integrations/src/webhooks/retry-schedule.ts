import { parseDuration } from '../common/durations';

/**
 * Delay before each attempt, counted from the previous one (Standard Webhooks' example schedule):
 * now, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h — 10 attempts over about 75 hours.
 */
export const DEFAULT_RETRY_SCHEDULE_MS: readonly number[] = [
  0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 50_400_000, 72_000_000, 86_400_000,
];

/** `WEBHOOK_RETRY_SCHEDULE=0,5s,5m,...`: tests shrink it to milliseconds. */
export function parseRetrySchedule(text: string): number[] {
  const schedule = text.split(',').map(parseDuration);
  if (schedule.length === 0) throw new Error('A retry schedule needs at least one attempt');
  return schedule;
}

/**
 * Milliseconds to wait before attempt number `nextAttempt` (1-based) or null once the schedule is spent.
 * ±10 % jitter spreads retries of one outage; a `Retry-After` from the receiver is a floor.
 */
export function delayBeforeAttempt(
  schedule: readonly number[],
  nextAttempt: number,
  options: { retryAfterMs?: number; random?: () => number } = {},
): number | null {
  if (nextAttempt < 1 || nextAttempt > schedule.length) return null;
  const base = schedule[nextAttempt - 1];
  const jitter = 1 + ((options.random ?? Math.random)() * 2 - 1) * 0.1;
  return Math.max(Math.round(base * jitter), options.retryAfterMs ?? 0);
}

/** Parses `Retry-After` (seconds or an HTTP date) into milliseconds from `now`; invalid values are ignored. */
export function parseRetryAfter(header: string | undefined, now: Date): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}
