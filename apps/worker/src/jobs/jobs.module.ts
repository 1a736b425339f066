import { Module } from '@nestjs/common';
import { GradingEvents } from './grading/grading-events';
import { GradingHandler } from './grading/grading.handler';
import { JobHandlers } from './job-handlers.registry';
import { Reconciler } from './reconciler.service';

/** The background work of the house; bound to a queue by the worker (BullMQ) or the embedded API (inline). */
@Module({
  providers: [JobHandlers, GradingHandler, GradingEvents, Reconciler],
  exports: [JobHandlers, GradingEvents, Reconciler],
})
export class JobsModule {}
