import { toExerciseDefinition } from '@loopgrade/database';
import type { StoredExerciseContent, StoredResult } from '@loopgrade/database';
import type { ProgramRunner } from '@loopgrade/engine';
import { grade } from '@loopgrade/grading';
import type { Feedback } from '@loopgrade/grading';

/** The sandbox itself failed (a child process died, the pool was closing): not the student's doing. */
export class SandboxFailure extends Error {}

/** Splits the feedback into the result row's columns; `feedback` keeps the program-level message. */
function toStoredResult(feedback: Feedback): StoredResult {
  return {
    score: feedback.score,
    status: feedback.status,
    checks: feedback.checks,
    feedback: { message: feedback.message, timelineTruncated: feedback.timelineTruncated },
    timeline: feedback.timeline,
    stats: feedback.stats,
  };
}

/**
 * Grades a program against a stored exercise version, as a result row. Grading and regrading both come
 * through here, so a sandbox failure is never stored as a grade by either: it throws SandboxFailure.
 */
export async function gradeForStorage(
  runner: ProgramRunner,
  slug: string,
  version: StoredExerciseContent,
  submission: { code: string; language: string },
): Promise<StoredResult> {
  const feedback = await grade(
    toExerciseDefinition(slug, version, submission.language),
    submission.code,
    runner,
  );
  if (feedback.status === 'error') throw new SandboxFailure(feedback.message ?? 'unknown sandbox failure');
  return toStoredResult(feedback);
}
