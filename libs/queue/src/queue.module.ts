import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { parseEnv } from '@loopgrade/config';
import { BullMqJobQueue } from './drivers/bullmq.job-queue';
import { InlineJobQueue } from './drivers/inline.job-queue';
import { JOB_QUEUE, QUEUES, QueueName } from './job-queue.interface';
import { InProcessSignals } from './signals/in-process.signals';
import { RedisSignals } from './signals/redis.signals';
import { SIGNALS } from './signals/signals.interface';
import { SubmissionUpdates } from './signals/submission-updates';

const QUEUE_NAMES = Object.values(QUEUES) as QueueName[];

/**
 * Picks the queue driver: BullMQ when REDIS_URL is set, inline otherwise.
 * Both expose the same JobQueue; consumers are bound by the worker module (or, inline, by the embedded one).
 * Signals follow the same choice: Redis pub/sub between processes, or in this process.
 */
@Global()
@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    const { REDIS_URL, QUEUE_PREFIX } = parseEnv(process.env);
    if (!REDIS_URL) {
      return {
        module: QueueModule,
        providers: [
          { provide: JOB_QUEUE, useFactory: () => new InlineJobQueue() },
          { provide: SIGNALS, useFactory: () => new InProcessSignals() },
          SubmissionUpdates,
        ],
        exports: [JOB_QUEUE, SIGNALS, SubmissionUpdates],
      };
    }
    return {
      module: QueueModule,
      imports: [
        BullModule.forRoot({
          connection: { url: REDIS_URL, maxRetriesPerRequest: null },
          prefix: QUEUE_PREFIX,
        }),
        ...QUEUE_NAMES.map((name) => BullModule.registerQueue({ name })),
      ],
      providers: [
        {
          provide: JOB_QUEUE,
          inject: QUEUE_NAMES.map((name) => getQueueToken(name)),
          useFactory: (...queues: Queue[]) =>
            new BullMqJobQueue(new Map(QUEUE_NAMES.map((name, index) => [name, queues[index]]))),
        },
        { provide: SIGNALS, useFactory: () => new RedisSignals(REDIS_URL, QUEUE_PREFIX) },
        SubmissionUpdates,
      ],
      exports: [JOB_QUEUE, SIGNALS, SubmissionUpdates, BullModule],
    };
  }
}
