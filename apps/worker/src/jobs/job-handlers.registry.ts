import { Injectable } from '@nestjs/common';
import type { JobHandler, QueueName } from '@loopgrade/queue';

/**
 * Which handler does the work of each queue. Handlers register themselves; the consumers
 * (BullMQ processors, or the inline queue) look them up, so both run exactly the same code.
 */
@Injectable()
export class JobHandlers {
  private readonly handlers = new Map<QueueName, JobHandler>();

  register(queue: QueueName, handler: JobHandler): void {
    if (this.handlers.has(queue)) throw new Error(`queue ${queue} already has a handler`);
    this.handlers.set(queue, handler);
  }

  get(queue: QueueName): JobHandler | undefined {
    return this.handlers.get(queue);
  }

  entries(): Array<[QueueName, JobHandler]> {
    return [...this.handlers.entries()];
  }
}
