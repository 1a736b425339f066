import type { StoredResult } from '@loopgrade/database';
import type { Feedback } from '@loopgrade/grading';

/** Splits the feedback into the result row's columns; `feedback` keeps the program-level message. */
export function toStoredResult(feedback: Feedback): StoredResult {
  return {
    score: feedback.score,
    status: feedback.status,
    checks: feedback.checks,
    feedback: { message: feedback.message, timelineTruncated: feedback.timelineTruncated },
    timeline: feedback.timeline,
    stats: feedback.stats,
  };
}
