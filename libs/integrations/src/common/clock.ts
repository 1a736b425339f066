/** The one source of "now" for signatures, token checks and retry schedules, so tests can move time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
