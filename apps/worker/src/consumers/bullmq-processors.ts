import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { parseEnv } from '@loopgrade/config';
import { QUEUES, QueueName } from '@loopgrade/queue';
import { JobHandlers } from '../jobs/job-handlers.registry';

/**
 * Worker options are fixed when the decorators run, so they are read from the validated environment here.
 * Locks are renewed while a job runs (sandboxes run in child processes, so this event loop stays free);
 * a killed worker's jobs come back after one lock period.
 */
function workerOptions(concurrency: number) {
  const config = parseEnv(process.env);
  return { concurrency, lockDuration: config.JOB_LOCK_MS, stalledInterval: config.JOB_LOCK_MS };
}

/** One BullMQ consumer per queue, each delegating to the queue's registered handler. */
@Injectable()
abstract class DelegatingProcessor extends WorkerHost {
  protected abstract readonly queue: QueueName;
  private readonly logger = new Logger('Worker');

  constructor(private readonly handlers: JobHandlers) {
    super();
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

/** WORKER_CONCURRENCY jobs at once (each mostly waits on its sandbox child); add processes to add capacity. */
@Processor(QUEUES.grading, workerOptions(parseEnv(process.env).WORKER_CONCURRENCY))
export class GradingProcessor extends DelegatingProcessor {
  protected readonly queue = QUEUES.grading;
}

@Processor(QUEUES.webhooks, workerOptions(4))
export class WebhooksProcessor extends DelegatingProcessor {
  protected readonly queue = QUEUES.webhooks;
}

@Processor(QUEUES.gradeSync, workerOptions(4))
export class GradeSyncProcessor extends DelegatingProcessor {
  protected readonly queue = QUEUES.gradeSync;
}

@Processor(QUEUES.regrade, workerOptions(4))
export class RegradeProcessor extends DelegatingProcessor {
  protected readonly queue = QUEUES.regrade;
}

export const BULLMQ_PROCESSORS = [GradingProcessor, WebhooksProcessor, GradeSyncProcessor, RegradeProcessor];
