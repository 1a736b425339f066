import { LocalWatchers } from './local-watchers';
import type { SubmissionUpdates, SubmissionWatch } from './submission-updates.interface';

/** Embedded mode: the grading worker runs in the API process, so the signal never leaves it. */
export class InProcessSubmissionUpdates implements SubmissionUpdates {
  private readonly watchers = new LocalWatchers();

  async finished(submissionId: string): Promise<void> {
    this.watchers.wake(submissionId);
  }

  watch(submissionId: string, timeoutMs: number): SubmissionWatch {
    return this.watchers.watch(submissionId, timeoutMs);
  }
}
