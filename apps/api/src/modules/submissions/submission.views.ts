import type { SubmissionWithResult } from '@loopgrade/database';

interface StoredCheck {
  id: string;
  title: string;
  status: string;
  score?: number;
  visibility?: string;
  [detail: string]: unknown;
}

export interface SubmissionView {
  id: string;
  exercise: string;
  exerciseVersion: number;
  userId: string;
  language: string;
  status: string;
  attempts: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
  result: ResultView | null;
  code?: string;
}

export interface ResultView {
  score: number;
  status: string;
  checks: StoredCheck[];
  feedback: unknown;
  timeline: unknown;
  stats: unknown;
}

export const TERMINAL_STATUSES = new Set(['graded', 'error']);

/** Hidden checks show only their title and verdict to the student who submitted. */
function redactHidden(check: StoredCheck): StoredCheck {
  if (check.visibility !== 'hidden') return check;
  return { id: check.id, title: check.title, status: check.status, visibility: 'hidden' };
}

export function toSubmissionView(
  submission: SubmissionWithResult,
  options: { seesHiddenDetails: boolean; includeCode: boolean },
): SubmissionView {
  const result = submission.result;
  const checks = (result?.checks ?? []) as unknown as StoredCheck[];
  return {
    id: submission.id,
    exercise: submission.exercise.slug,
    exerciseVersion: submission.exerciseVersion.version,
    userId: submission.userId,
    language: submission.language,
    status: submission.status,
    attempts: submission.attempts,
    createdAt: submission.createdAt.toISOString(),
    startedAt: submission.startedAt?.toISOString() ?? null,
    finishedAt: submission.finishedAt?.toISOString() ?? null,
    error: submission.errorMessage,
    result: result
      ? {
          score: result.score,
          status: result.status,
          checks: options.seesHiddenDetails ? checks : checks.map(redactHidden),
          feedback: result.feedback,
          timeline: result.timeline,
          stats: result.stats,
        }
      : null,
    ...(options.includeCode ? { code: submission.code } : {}),
  };
}
