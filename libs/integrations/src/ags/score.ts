/** An AGS score (application/vnd.ims.lis.v1.score+json). */
export interface AgsScore {
  /** The launch `sub`. */
  userId: string;
  scoreGiven?: number;
  scoreMaximum?: number;
  /** Students see it: never put hidden-check details here. */
  comment?: string;
  timestamp: Date;
  activityProgress: 'Initialized' | 'Started' | 'InProgress' | 'Submitted' | 'Completed';
  gradingProgress: 'FullyGraded' | 'Pending' | 'PendingManual' | 'Failed' | 'NotReady';
}

export function scoreBody(score: AgsScore): string {
  return JSON.stringify({
    userId: score.userId,
    scoreGiven: score.scoreGiven,
    scoreMaximum: score.scoreMaximum,
    comment: score.comment,
    timestamp: score.timestamp.toISOString(),
    activityProgress: score.activityProgress,
    gradingProgress: score.gradingProgress,
  });
}

/** A graded result as the LMS should record it: only FullyGraded + Completed stores a grade. */
export function gradedScore(
  userId: string,
  points: number,
  maxPoints: number,
  timestamp: Date,
  comment?: string,
): AgsScore {
  return {
    userId,
    scoreGiven: Math.max(0, points),
    scoreMaximum: maxPoints,
    comment,
    timestamp,
    activityProgress: 'Completed',
    gradingProgress: 'FullyGraded',
  };
}

/**
 * Platforms refuse a timestamp not later than the stored one (Moodle: 409). Real clock time at
 * grading completion, bumped by 1 ms on a collision with the previous score for the same line item and user.
 */
export function nextScoreTimestamp(previous: Date | null, now: Date): Date {
  return previous && now.getTime() <= previous.getTime() ? new Date(previous.getTime() + 1) : now;
}

/** `/scores` or `/results` goes before the query string: Moodle line items end in `?type_id=N`. */
export function lineItemServiceUrl(lineItemUrl: string, service: 'scores' | 'results'): string {
  const url = new URL(lineItemUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${service}`;
  return url.toString();
}
