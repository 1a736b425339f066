import { Inject, Injectable, Logger } from '@nestjs/common';
import { LocalWatchers, type SubmissionWatch } from './local-watchers';
import { MAY_HAVE_MISSED, SIGNALS, type Signals } from './signals.interface';

/**
 * Wakes `?wait=` long polls when a submission finishes, in whichever process graded it. Readers still
 * re-read on a timeout, so a lost signal delays an answer and never changes it.
 */
@Injectable()
export class SubmissionUpdates {
  private readonly logger = new Logger('SubmissionUpdates');
  private readonly watchers = new LocalWatchers();
  private listening = false;

  constructor(@Inject(SIGNALS) private readonly signals: Signals) {}

  /**
   * Sent after the submission is stored, and never awaited: the grade is already final, so a signal that
   * cannot be sent must neither fail nor hold up the job that stored it.
   */
  finished(submissionId: string): void {
    this.signals
      .publish('submission-finished', submissionId)
      .catch((error: unknown) => this.logger.warn({ err: error, submissionId }, 'finish signal not sent'));
  }

  watch(submissionId: string, timeoutMs: number): SubmissionWatch {
    if (!this.listening) {
      this.listening = true;
      this.signals.subscribe('submission-finished', (id) =>
        // A finish may have been missed: every long poll re-reads now rather than at its next recheck.
        id === MAY_HAVE_MISSED ? this.watchers.wakeAll() : this.watchers.wake(id),
      );
    }
    // Ids are published as PostgreSQL prints them; a URL may spell the same UUID in capitals.
    return this.watchers.watch(submissionId.toLowerCase(), timeoutMs);
  }
}
