import type { GuardedPostResult } from './guarded-post';
import { parseRetryAfter } from './retry-schedule';

/**
 * What one attempt means for the message and its endpoint: only 2xx delivers; 410 Gone disables the
 * endpoint at once; everything else (3xx included, since redirects are never followed) is retried.
 */
export type AttemptVerdict =
  { kind: 'delivered' } | { kind: 'endpoint-gone' } | { kind: 'failed'; retryAfterMs?: number };

export function judgeAttempt(result: GuardedPostResult, now: Date): AttemptVerdict {
  const status = result.statusCode;
  if (status !== null && status >= 200 && status < 300) return { kind: 'delivered' };
  if (status === 410) return { kind: 'endpoint-gone' };
  const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(result.retryAfter, now) : undefined;
  return retryAfterMs === undefined ? { kind: 'failed' } : { kind: 'failed', retryAfterMs };
}

/** 5 days of nothing but failures (Svix's rule) disables an endpoint; one success resets the streak. */
export const DEFAULT_DISABLE_AFTER_MS = 5 * 86_400_000;

export function shouldAutoDisable(failingSince: Date | null, now: Date, disableAfterMs: number): boolean {
  return failingSince !== null && now.getTime() - failingSince.getTime() >= disableAfterMs;
}
