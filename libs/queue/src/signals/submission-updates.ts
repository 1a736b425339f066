import { Inject, Injectable } from '@nestjs/common';
import { LocalWatchers, type SubmissionWatch } from './local-watchers';
import { SIGNALS, type Signals } from './signals.interface';

/**
 * Wakes `?wait=` long polls when a submission finishes, in whichever process graded it. Readers still
 * re-read on a timeout, so a lost signal delays an answer and never changes it.
 */
@Injectable()
export class SubmissionUpdates {
  private readonly watchers = new LocalWatchers();
  private listening = false;

  constructor(@Inject(SIGNALS) private readonly signals: Signals) {}

  finished(submissionId: string): Promise<void> {
    return this.signals.publish('submission-finished', submissionId);
  }

  watch(submissionId: string, timeoutMs: number): SubmissionWatch {
    if (!this.listening) {
      this.listening = true;
      this.signals.subscribe('submission-finished', (id) => this.watchers.wake(id));
    }
    return this.watchers.watch(submissionId, timeoutMs);
  }
}
