import { Inject, Injectable } from '@nestjs/common';
import type { Clock } from '@loopgrade/integrations';
import { GradePassbackService } from '../../../../api/src/modules/lti/grade-passback.service';
import { LtiGradesRepository } from '../../../../api/src/modules/lti/lti-grades.repository';
import { LtiLoginStatesRepository } from '../../../../api/src/modules/lti/lti-login-states.repository';
import {
  INTEGRATIONS_CONFIG,
  type IntegrationsConfig,
} from '../../../../api/src/modules/webhooks/integrations.config';
import { INTEGRATIONS_CLOCK } from '../../../../api/src/modules/webhooks/integrations.providers';
import { PeriodicSweeper, SWEEP_BATCH } from '../webhook-delivery/periodic-sweeper';

/**
 * Re-queues overdue or abandoned grade syncs where their schedule stands (attempts are kept, so a score
 * the LMS keeps refusing still ends as `failed`), and purges expired LTI login states and nonces.
 */
@Injectable()
export class GradeSyncSweeper extends PeriodicSweeper {
  constructor(
    private readonly grades: LtiGradesRepository,
    private readonly states: LtiLoginStatesRepository,
    private readonly passback: GradePassbackService,
    @Inject(INTEGRATIONS_CONFIG) config: IntegrationsConfig,
    @Inject(INTEGRATIONS_CLOCK) clock: Clock,
  ) {
    super(config, clock);
  }

  async sweep(): Promise<number> {
    const now = this.clock.now();
    await this.states.purgeExpired(now);
    const overdue = await this.grades.overdue(
      this.overdueBefore(now),
      this.abandonedBefore(now),
      SWEEP_BATCH,
    );
    for (const sync of overdue) {
      if (!sync.nextAttemptAt) await this.grades.rearm(sync.id, now);
      await this.passback.enqueue(sync.id, now);
    }
    return overdue.length;
  }
}
