import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@loopgrade/config';
import { SubmissionsRepository } from '@loopgrade/database';
import { GradingJob, JOB_QUEUE, JobQueue, QUEUES } from '@loopgrade/queue';

/** A queued row gets this long to be picked up before we check that its job still exists. */
const QUEUED_GRACE_MS = 5_000;
const BATCH = 500;

/**
 * PostgreSQL is the truth, Redis only a work list: this re-enqueues every unfinished submission whose
 * job is gone (Redis flushed or restarted, a worker killed, an enqueue that failed after the commit).
 * Safe to run in every worker at once: enqueueing dedupes on the submission id, and grading is
 * idempotent per submission.
 */
@Injectable()
export class Reconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Reconciler');
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly submissions: SubmissionsRepository,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.config.RECONCILE_INTERVAL_MS);
    this.timer.unref();
    void this.tick();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Re-enqueues lost submissions; returns how many. */
  async reconcile(now = new Date()): Promise<number> {
    const unfinished = await this.submissions.findUnfinished(
      new Date(now.getTime() - QUEUED_GRACE_MS),
      new Date(now.getTime() - this.config.STALE_JOB_MS),
      BATCH,
    );
    let requeued = 0;
    for (const submission of unfinished) {
      if (await this.queue.has(QUEUES.grading, submission.id)) continue;
      await this.queue.add<GradingJob>(
        QUEUES.grading,
        { submissionId: submission.id },
        { jobId: submission.id },
      );
      requeued += 1;
    }
    if (requeued) this.logger.warn(`re-enqueued ${requeued} submission(s) whose job was missing`);
    return requeued;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.reconcile().catch((error: unknown) => {
      this.logger.error({ err: error }, 'reconcile failed');
      return 0;
    });
    await this.running;
    this.running = undefined;
  }
}
