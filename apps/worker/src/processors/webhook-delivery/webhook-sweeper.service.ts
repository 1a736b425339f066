import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Clock } from '@loopgrade/integrations';
import { JOB_QUEUE, QUEUES, type JobQueue } from '@loopgrade/queue';
import {
  deliveryJobId,
  type WebhookDeliveryJob,
} from '../../../../api/src/modules/webhooks/integration-events.service';
import {
  INTEGRATIONS_CONFIG,
  type IntegrationsConfig,
} from '../../../../api/src/modules/webhooks/integrations.config';
import { INTEGRATIONS_CLOCK } from '../../../../api/src/modules/webhooks/integrations.providers';
import { WebhooksRepository } from '../../../../api/src/modules/webhooks/webhooks.repository';
import { PeriodicSweeper, SWEEP_BATCH } from './periodic-sweeper';

/** Re-queues webhook deliveries that are overdue or were claimed by a worker that died; applies retention. */
@Injectable()
export class WebhookSweeper extends PeriodicSweeper {
  private readonly log = new Logger('WebhookSweeper');

  constructor(
    private readonly webhooks: WebhooksRepository,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(INTEGRATIONS_CONFIG) config: IntegrationsConfig,
    @Inject(INTEGRATIONS_CLOCK) clock: Clock,
  ) {
    super(config, clock);
  }

  async sweep(): Promise<number> {
    const now = this.clock.now();
    await this.webhooks.purgeMessagesBefore(new Date(now.getTime() - this.config.webhookRetentionMs));
    const overdue = await this.webhooks.overdueDeliveries(
      this.overdueBefore(now),
      this.abandonedBefore(now),
      SWEEP_BATCH,
    );
    for (const delivery of overdue) {
      if (!delivery.nextAttemptAt) await this.webhooks.rearmDelivery(delivery.id, now);
      await this.queue.add<WebhookDeliveryJob>(
        QUEUES.webhooks,
        { deliveryId: delivery.id },
        { jobId: `${deliveryJobId(delivery.id, delivery.attemptCount + 1)}-swept-${now.getTime()}` },
      );
    }
    if (overdue.length) this.log.warn(`re-queued ${overdue.length} overdue webhook deliveries`);
    return overdue.length;
  }
}
