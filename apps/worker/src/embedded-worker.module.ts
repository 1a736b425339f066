import { Module } from '@nestjs/common';
import { InlineConsumers } from './consumers/inline-consumers';
import { JobsModule } from './jobs/jobs.module';

/** The worker's jobs inside the API process, on the inline queue: the single-process embedded mode. */
@Module({ imports: [JobsModule], providers: [InlineConsumers] })
export class EmbeddedWorkerModule {}
