import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@loopgrade/config';
import { InlineJobQueue, JOB_QUEUE, JobQueue, QUEUES } from '@loopgrade/queue';
import { JobHandlers } from '../jobs/job-handlers.registry';

/** Binds every job handler to the in-process queue. */
@Injectable()
export class InlineConsumers implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    private readonly handlers: JobHandlers,
  ) {}

  onApplicationBootstrap(): void {
    if (!(this.queue instanceof InlineJobQueue))
      throw new Error('the embedded worker needs the inline queue');
    for (const [queue, handler] of this.handlers.entries()) {
      this.queue.register(queue, handler, queue === QUEUES.grading ? this.config.WORKER_CONCURRENCY : 4);
    }
  }

  /** Finishes in-flight jobs; their rows are the truth if the process dies first. */
  async onApplicationShutdown(): Promise<void> {
    const queue = this.queue as InlineJobQueue;
    queue.close();
    await queue.drain();
  }
}
