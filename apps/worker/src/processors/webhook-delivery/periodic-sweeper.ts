import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Clock } from '@loopgrade/integrations';
import type { IntegrationsConfig } from '../../../../api/src/modules/webhooks/integrations.config';

/** Rows claimed but untouched this long lost their worker mid-attempt (attempts time out long before). */
export const ABANDONED_AFTER_MS = 120_000;
export const SWEEP_BATCH = 200;

/**
 * The database is the truth, the queue a work list: a sweeper periodically re-queues rows whose job
 * was lost (Redis flushed, a worker killed). Subclasses say what to sweep; claims make duplicates harmless.
 */
export abstract class PeriodicSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(this.constructor.name);
  private timer?: NodeJS.Timeout;

  protected constructor(
    protected readonly config: IntegrationsConfig,
    protected readonly clock: Clock,
  ) {}

  /** Re-queues what is overdue at `now`; returns how many rows it touched. */
  abstract sweep(): Promise<number>;

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.sweep().catch((error: unknown) => this.logger.error({ err: error }, 'sweep failed'));
    }, this.config.integrationsSweepIntervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Due before this and the job should have run already. */
  protected overdueBefore(now: Date): Date {
    return new Date(now.getTime() - this.config.integrationsSweepIntervalMs);
  }

  protected abandonedBefore(now: Date): Date {
    return new Date(now.getTime() - ABANDONED_AFTER_MS);
  }
}
