import { Inject, Injectable } from '@nestjs/common';
import { SIGNALS, SignalledCache, type Signals } from '@loopgrade/queue';

/** How long a lost `integrations-changed` signal may leave a cached answer stale. */
const MAX_AGE_MS = 10_000;

/**
 * "Is any webhook endpoint or LMS column listening?", answered from memory so that an installation
 * without integrations skips the lookups an event needs. Every answer is dropped, in every process, when
 * a write that may turn one to yes says so.
 */
@Injectable()
export class IntegrationPresence {
  private readonly answers: SignalledCache<boolean>;

  constructor(@Inject(SIGNALS) private readonly signals: Signals) {
    this.answers = new SignalledCache(signals, 'integrations-changed', MAX_AGE_MS);
  }

  answer(question: string, read: () => Promise<boolean>): Promise<boolean> {
    return this.answers.get(question, read);
  }

  /** Call after the write has committed. A lost signal only delays the new answer by MAX_AGE_MS. */
  changed(): void {
    this.signals.publish('integrations-changed').catch(() => undefined);
  }
}
