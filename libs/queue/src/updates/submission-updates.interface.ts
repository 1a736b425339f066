/** A wait for one submission to finish: `done` settles on the signal or at the timeout, whichever is first. */
export interface SubmissionWatch {
  done: Promise<void>;
  /** Stops waiting (the caller saw the submission finish on its own, or gave up). */
  close(): void;
}

/**
 * Tells waiting readers (a `?wait=` long poll) that a submission reached a terminal state, in whichever
 * process graded it. A signal is only a hint to re-read PostgreSQL: readers still re-check on a timeout,
 * so a lost signal delays an answer and never changes it.
 */
export interface SubmissionUpdates {
  finished(submissionId: string): Promise<void>;
  watch(submissionId: string, timeoutMs: number): SubmissionWatch;
}

export const SUBMISSION_UPDATES = Symbol('SUBMISSION_UPDATES');
