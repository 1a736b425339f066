import { Logger, OnModuleDestroy } from '@nestjs/common';
import { Redis, type RedisOptions } from 'ioredis';
import { InProcessSignals } from './in-process.signals';
import { MAY_HAVE_MISSED, type SignalTopic, type Signals } from './signals.interface';

const QUIT_TIMEOUT_MS = 1000;

/**
 * API and worker processes on one Redis: one channel per topic under the queue prefix. Each connection
 * opens on first use (a subscriber cannot publish), so a process that never listens never subscribes.
 */
export class RedisSignals implements Signals, OnModuleDestroy {
  private readonly logger = new Logger('Signals');
  private readonly local = new InProcessSignals();
  private readonly subscribed = new Set<SignalTopic>();
  private readonly channelPrefix: string;
  private publisher: Redis | null = null;
  private subscriber: Redis | null = null;
  /** A subscription was confirmed: from now on a reconnection may have lost notices. */
  private hearing = false;

  constructor(
    private readonly redisUrl: string,
    prefix: string,
  ) {
    this.channelPrefix = `${prefix}:signal:`;
  }

  async publish(topic: SignalTopic, message = ''): Promise<void> {
    // A notice that waits for Redis to come back is stale by then: fail after one reconnection attempt.
    this.publisher ??= this.connect({ maxRetriesPerRequest: 1 });
    await this.publisher.publish(this.channel(topic), message);
  }

  subscribe(topic: SignalTopic, listener: (message: string) => void): void {
    this.local.subscribe(topic, listener);
    if (this.subscribed.has(topic)) return;
    this.subscribed.add(topic);
    if (this.subscriber === null) {
      this.subscriber = this.connect({
        maxRetriesPerRequest: null,
        connectionName: `${this.channelPrefix}subscriber`,
      });
      this.subscriber.on('message', (channel: string, message: string) =>
        this.deliver(channel.slice(this.channelPrefix.length) as SignalTopic, message),
      );
      this.subscriber.on('ready', () => this.reconnected());
    }
    this.subscriber.subscribe(this.channel(topic)).then(
      () => {
        this.hearing = true;
        this.deliver(topic, MAY_HAVE_MISSED);
      },
      (error: unknown) =>
        this.logger.warn({ err: error, topic }, 'cannot subscribe; readers fall back to re-reading'),
    );
  }

  /** A polite QUIT to a Redis that is there, never a wait for one that is away. */
  async onModuleDestroy(): Promise<void> {
    const connections = [this.publisher, this.subscriber].filter((c): c is Redis => c !== null);
    await Promise.all(
      connections.map(async (connection) => {
        if (connection.status === 'ready') {
          let timer: NodeJS.Timeout | undefined;
          const giveUp = new Promise<void>((resolve) => {
            timer = setTimeout(resolve, QUIT_TIMEOUT_MS);
          });
          await Promise.race([connection.quit().catch(() => undefined), giveUp]);
          clearTimeout(timer);
        }
        connection.disconnect();
      }),
    );
  }

  /**
   * ioredis subscribes again on reconnection; a PING is answered after those subscriptions, so from then
   * on nothing is missed. The first connection is covered by each subscription's own confirmation.
   */
  private reconnected(): void {
    if (!this.hearing || this.subscriber === null) return;
    this.subscriber
      .ping()
      .then(() => {
        for (const topic of this.subscribed) this.deliver(topic, MAY_HAVE_MISSED);
      })
      .catch(() => undefined);
  }

  private deliver(topic: SignalTopic, message: string): void {
    this.local
      .publish(topic, message)
      .catch((error: unknown) => this.logger.warn({ err: error, topic }, 'a signal listener failed'));
  }

  private channel(topic: SignalTopic): string {
    return this.channelPrefix + topic;
  }

  private connect(options: RedisOptions): Redis {
    const connection = new Redis(this.redisUrl, options);
    connection.on('error', (error: Error) => this.logger.warn({ err: error }, 'Redis connection error'));
    return connection;
  }
}
