import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@loopgrade/config';
import { QUEUES, QueueName } from '@loopgrade/queue';
import { JobHandlers } from '../jobs/job-handlers.registry';

/** One BullMQ consumer per queue, each delegating to the queue's registered handler. */
abstract class DelegatingProcessor extends WorkerHost implements OnApplicationBootstrap {
  protected abstract readonly queue: QueueName;
  private readonly logger = new Logger('Worker');

  constructor(
    private readonly handlers: JobHandlers,
    @Inject(APP_CONFIG) protected readonly config: AppConfig,
  ) {
    super();
  }

  protected concurrency(): number {
    return 4;
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.concurrency();
  }

  async process(job: Job): Promise<void> {
    const handler = this.handlers.get(this.queue);
    if (!handler) throw new Error(`no handler for queue ${this.queue}`);
    await handler.handle({ id: String(job.id), data: job.data, attemptsMade: job.attemptsMade });
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.error({ queue: this.queue, jobId: job?.id, err: error }, 'job failed');
  }
}

@Processor(QUEUES.grading)
export class GradingProcessor extends DelegatingProcessor {
  protected readonly queue = QUEUES.grading;

  /** Sandbox work is CPU-bound: about one job per core; add processes to add capacity. */
  protected concurrency(): number {
    return this.config.WORKER_CONCURRENCY;
  }
}

@Processor(QUEUES.webhooks)
export class WebhooksProcessor extends DelegatingProcessor {
  protected readonly queue = QUEUES.webhooks;
}

@Processor(QUEUES.gradeSync)
export class GradeSyncProcessor extends DelegatingProcessor {
  protected readonly queue = QUEUES.gradeSync;
}

@Processor(QUEUES.regrade)
export class RegradeProcessor extends DelegatingProcessor {
  protected readonly queue = QUEUES.regrade;
}

export const BULLMQ_PROCESSORS = [GradingProcessor, WebhooksProcessor, GradeSyncProcessor, RegradeProcessor];
