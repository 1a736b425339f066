import type { GuardedPostResult } from './guarded-post';
import { parseRetryAfter } from './retry-schedule';

/**
 * What one attempt means for the message and its endpoint: only 2xx delivers; 410 Gone disables the
 * endpoint at once; everything else (3xx included, since redirects are never followed) is retried.
 */
export type AttemptVerdict =
  { kind: 'delivered' } | { kind: 'endpoint-gone' } | { kind: 'failed'; retryAfterMs?: number };

/** Throttling and gateway answers: a `Retry-After` on these says when the receiver can take more. */
const THROTTLE_STATUSES = new Set([429, 502, 503, 504]);

export function judgeAttempt(result: GuardedPostResult, now: Date): AttemptVerdict {
  const status = result.statusCode;
  if (status !== null && status >= 200 && status < 300) return { kind: 'delivered' };
  if (status === 410) return { kind: 'endpoint-gone' };
  const retryAfterMs =
    status !== null && THROTTLE_STATUSES.has(status) ? parseRetryAfter(result.retryAfter, now) : undefined;
  return retryAfterMs === undefined ? { kind: 'failed' } : { kind: 'failed', retryAfterMs };
}

/** 5 days of nothing but failures (Svix's rule) disables an endpoint; one success resets the streak. */
export const DEFAULT_DISABLE_AFTER_MS = 5 * 86_400_000;

export function shouldAutoDisable(failingSince: Date | null, now: Date, disableAfterMs: number): boolean {
  return failingSince !== null && now.getTime() - failingSince.getTime() >= disableAfterMs;
}
