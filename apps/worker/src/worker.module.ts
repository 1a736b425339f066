import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, AppConfig, ConfigModule } from '@loopgrade/config';
import { DatabaseModule } from '@loopgrade/database';
import { EventsModule } from '@loopgrade/events';
import { QueueModule } from '@loopgrade/queue';
import { SandboxModule } from '@loopgrade/sandbox';
import { BULLMQ_PROCESSORS } from './consumers/bullmq-processors';
import { JobsModule } from './jobs/jobs.module';
import { LtiJobsModule } from './processors/lti-grade-sync/lti-jobs.module';
import { WebhookJobsModule } from './processors/webhook-delivery/webhook-jobs.module';

/** The worker process: BullMQ consumers for every queue, and nothing that serves HTTP. */
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ pinoHttp: { level: config.LOG_LEVEL } }),
    }),
    DatabaseModule,
    EventsModule,
    QueueModule.forRoot(),
    SandboxModule,
    JobsModule,
    WebhookJobsModule,
    LtiJobsModule,
  ],
  providers: [...BULLMQ_PROCESSORS],
})
export class WorkerModule {}
