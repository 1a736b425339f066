import { Module } from '@nestjs/common';
import { GradingHandler } from './grading/grading.handler';
import { JobHandlers } from './job-handlers.registry';
import { Reconciler } from './reconciler.service';
import { RegradeHandler } from './regrade/regrade.handler';

/** The background work of the house; bound to a queue by the worker (BullMQ) or the embedded API (inline). */
@Module({
  providers: [JobHandlers, GradingHandler, RegradeHandler, Reconciler],
  exports: [JobHandlers, Reconciler],
})
export class JobsModule {}
