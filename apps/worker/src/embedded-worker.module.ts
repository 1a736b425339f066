import { Module } from '@nestjs/common';
import { InlineConsumers } from './consumers/inline-consumers';
import { JobsModule } from './jobs/jobs.module';
import { LtiJobsModule } from './processors/lti-grade-sync/lti-jobs.module';
import { WebhookJobsModule } from './processors/webhook-delivery/webhook-jobs.module';

/** The worker's jobs inside the API process, on the inline queue: the single-process embedded mode. */
@Module({ imports: [JobsModule, WebhookJobsModule, LtiJobsModule], providers: [InlineConsumers] })
export class EmbeddedWorkerModule {}
