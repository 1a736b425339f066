import { Logger, OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { LocalWatchers } from './local-watchers';
import type { SubmissionUpdates, SubmissionWatch } from './submission-updates.interface';

/**
 * Scaled-out mode: workers publish on a Redis channel, each API process subscribes once and wakes its own
 * watchers. Both connections open on first use, so a worker never subscribes and an API that serves no
 * long poll never connects twice.
 */
export class RedisSubmissionUpdates implements SubmissionUpdates, OnModuleDestroy {
  private readonly logger = new Logger('SubmissionUpdates');
  private readonly watchers = new LocalWatchers();
  private readonly channel: string;
  private publisher: Redis | null = null;
  private subscriber: Redis | null = null;

  constructor(
    private readonly redisUrl: string,
    prefix: string,
  ) {
    this.channel = `${prefix}:submission-finished`;
  }

  async finished(submissionId: string): Promise<void> {
    this.publisher ??= this.connect();
    await this.publisher.publish(this.channel, submissionId);
  }

  watch(submissionId: string, timeoutMs: number): SubmissionWatch {
    this.subscribe();
    return this.watchers.watch(submissionId, timeoutMs);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(
      [this.publisher, this.subscriber].map((connection) => connection?.quit().catch(() => undefined)),
    );
  }

  private subscribe(): void {
    if (this.subscriber !== null) return;
    this.subscriber = this.connect();
    this.subscriber.on('message', (_channel: string, submissionId: string) =>
      this.watchers.wake(submissionId),
    );
    this.subscriber
      .subscribe(this.channel)
      .catch((error: unknown) =>
        this.logger.warn({ err: error }, 'cannot subscribe; long polls fall back to re-reading'),
      );
  }

  private connect(): Redis {
    const connection = new Redis(this.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
    connection.on('error', (error: Error) => this.logger.warn({ err: error }, 'Redis connection error'));
    return connection;
  }
}
