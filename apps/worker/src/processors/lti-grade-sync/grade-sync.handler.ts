import { Injectable } from '@nestjs/common';
import { QUEUES, type Job, type JobHandler } from '@loopgrade/queue';
import type { GradeSyncJob } from '../../../../api/src/modules/lti/grade-passback.service';
import { GradeSyncService } from '../../../../api/src/modules/lti/grade-sync.service';
import { JobHandlers } from '../../jobs/job-handlers.registry';

/** Consumes the `grade-sync` queue: one AGS score post per job; LMS failures are recorded, not thrown. */
@Injectable()
export class GradeSyncHandler implements JobHandler<GradeSyncJob> {
  constructor(
    private readonly sync: GradeSyncService,
    handlers: JobHandlers,
  ) {
    handlers.register(QUEUES.gradeSync, this);
  }

  handle(job: Job<GradeSyncJob>): Promise<void> {
    return this.sync.syncScheduled(job.data.syncId);
  }
}
