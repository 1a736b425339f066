import { Logger } from '@nestjs/common';
import type { EnqueueOptions, JobHandler, JobQueue, QueueName } from '../job-queue.interface';

interface PendingJob {
  id: string;
  data: unknown;
  attemptsMade: number;
}

/**
 * Runs jobs in this process, soon after `add` returns, at most `concurrency` at a time per queue.
 * Used when no Redis is configured: the embedded single-process mode.
 */
export class InlineJobQueue implements JobQueue {
  private readonly logger = new Logger('InlineJobQueue');
  private readonly handlers = new Map<QueueName, { handler: JobHandler; concurrency: number }>();
  private readonly waiting = new Map<QueueName, PendingJob[]>();
  private readonly running = new Map<QueueName, Set<string>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private sequence = 0;
  private closed = false;

  register(queue: QueueName, handler: JobHandler, concurrency: number): void {
    this.handlers.set(queue, { handler, concurrency });
    this.pump(queue);
  }

  async add<T>(queue: QueueName, data: T, options: EnqueueOptions = {}): Promise<void> {
    const id = options.jobId ?? `inline-${++this.sequence}`;
    if (await this.has(queue, id)) return;
    const job = { id, data, attemptsMade: 0 };
    if (options.delayMs) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.enqueue(queue, job);
      }, options.delayMs);
      this.timers.add(timer);
      return;
    }
    this.enqueue(queue, job);
  }

  async depth(queue: QueueName): Promise<number> {
    return (this.waiting.get(queue)?.length ?? 0) + (this.running.get(queue)?.size ?? 0);
  }

  async has(queue: QueueName, jobId: string): Promise<boolean> {
    return (
      this.running.get(queue)?.has(jobId) === true ||
      (this.waiting.get(queue) ?? []).some((job) => job.id === jobId)
    );
  }

  async consumers(queue: QueueName): Promise<number> {
    return this.handlers.has(queue) ? 1 : 0;
  }

  async ping(): Promise<void> {}

  /** Waits until every queue is empty; used by graceful shutdown. */
  async drain(): Promise<void> {
    const busy = () =>
      [...this.waiting.values()].some((jobs) => jobs.length) ||
      [...this.running.values()].some((ids) => ids.size);
    while (busy()) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private enqueue(queue: QueueName, job: PendingJob): void {
    if (this.closed) return;
    const list = this.waiting.get(queue) ?? [];
    list.push(job);
    this.waiting.set(queue, list);
    setImmediate(() => this.pump(queue));
  }

  private pump(queue: QueueName): void {
    const consumer = this.handlers.get(queue);
    const waiting = this.waiting.get(queue);
    if (!consumer || !waiting) return;
    const running = this.running.get(queue) ?? new Set<string>();
    this.running.set(queue, running);
    while (running.size < consumer.concurrency && waiting.length) {
      const job = waiting.shift()!;
      running.add(job.id);
      consumer.handler
        .handle(job)
        .catch((error: unknown) => {
          this.logger.error(
            `job ${queue}/${job.id} failed: ${error instanceof Error ? error.message : error}`,
          );
        })
        .finally(() => {
          running.delete(job.id);
          this.pump(queue);
        });
    }
  }
}
