import type { Queue } from 'bullmq';
import { EnqueueOptions, JobQueue, QUEUES, QueueName } from '../job-queue.interface';

const LIVE_STATES = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

/** Produces jobs on BullMQ; `apps/worker` consumes them. Redis is a work list, PostgreSQL the truth. */
export class BullMqJobQueue implements JobQueue {
  constructor(private readonly queues: ReadonlyMap<QueueName, Queue>) {}

  async add<T>(queue: QueueName, data: T, options: EnqueueOptions = {}): Promise<void> {
    await this.queue(queue).add(queue, data, {
      jobId: options.jobId,
      delay: options.delayMs,
      removeOnComplete: true,
      removeOnFail: { age: 24 * 3600 },
      attempts: 3,
      backoff: { type: 'exponential', delay: 1000 },
    });
  }

  async depth(queue: QueueName): Promise<number> {
    const counts = await this.queue(queue).getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    return Object.values(counts).reduce((sum, count) => sum + count, 0);
  }

  async has(queue: QueueName, jobId: string): Promise<boolean> {
    const job = await this.queue(queue).getJob(jobId);
    if (!job) return false;
    return LIVE_STATES.has(await job.getState());
  }

  async consumers(queue: QueueName): Promise<number> {
    return (await this.queue(queue).getWorkers()).length;
  }

  /** BullMQ retries commands forever while Redis is away, so readiness races a short deadline. */
  async ping(timeoutMs = 2000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.queue(QUEUES.grading).getJobCounts('waiting'), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  private queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`queue ${name} is not registered`);
    return queue;
  }
}
