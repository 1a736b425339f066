import {
  DEFAULT_RETRY_SCHEDULE_MS,
  delayBeforeAttempt,
  parseRetryAfter,
  parseRetrySchedule,
} from './retry-schedule';

describe('webhook retry schedule', () => {
  it('spreads ten attempts over about 75.6 hours by default', () => {
    expect(DEFAULT_RETRY_SCHEDULE_MS).toHaveLength(10);
    const totalHours = DEFAULT_RETRY_SCHEDULE_MS.reduce((sum, ms) => sum + ms, 0) / 3_600_000;
    expect(totalHours).toBeCloseTo(75.6, 1);
  });

  it('applies at most ten per cent jitter either way', () => {
    expect(delayBeforeAttempt(DEFAULT_RETRY_SCHEDULE_MS, 3, { random: () => 0 })).toBe(270_000);
    expect(delayBeforeAttempt(DEFAULT_RETRY_SCHEDULE_MS, 3, { random: () => 1 })).toBe(330_000);
    expect(delayBeforeAttempt(DEFAULT_RETRY_SCHEDULE_MS, 1, { random: () => 1 })).toBe(0);
  });

  it('returns null once the schedule is spent', () => {
    expect(delayBeforeAttempt(DEFAULT_RETRY_SCHEDULE_MS, 11)).toBeNull();
    expect(delayBeforeAttempt([0, 10], 3)).toBeNull();
  });

  it('treats Retry-After as a floor', () => {
    expect(delayBeforeAttempt([0, 5_000], 2, { retryAfterMs: 60_000, random: () => 0.5 })).toBe(60_000);
    expect(delayBeforeAttempt([0, 5_000], 2, { retryAfterMs: 1_000, random: () => 0.5 })).toBe(5_000);
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('reads a configured schedule such as the short one tests use', () => {
    expect(parseRetrySchedule('0,50ms,1s,2m,3h,1d')).toEqual([0, 50, 1_000, 120_000, 10_800_000, 86_400_000]);
    expect(() => parseRetrySchedule('0,soon')).toThrow('Invalid duration');
  });
});
