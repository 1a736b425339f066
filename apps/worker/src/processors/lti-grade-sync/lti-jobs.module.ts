import { Module } from '@nestjs/common';
import { LtiCoreModule } from '../../../../api/src/modules/lti/lti-core.module';
import { JobsModule } from '../../jobs/jobs.module';
import { GradeSyncHandler } from './grade-sync.handler';
import { GradeSyncSweeper } from './grade-sync-sweeper.service';

/** LTI grade passback in the worker: the `grade-sync` queue and its sweeper. */
@Module({
  imports: [JobsModule, LtiCoreModule],
  providers: [GradeSyncHandler, GradeSyncSweeper],
})
export class LtiJobsModule {}
