import { Injectable } from '@nestjs/common';
import { QUEUES, type Job, type JobHandler } from '@loopgrade/queue';
import type { WebhookDeliveryJob } from '../../../../api/src/modules/webhooks/integration-events.service';
import { WebhookDeliveryService } from '../../../../api/src/modules/webhooks/webhook-delivery.service';
import { JobHandlers } from '../../jobs/job-handlers.registry';

/** Consumes the `webhooks` queue: one scheduled attempt per job; HTTP failures are results, not throws. */
@Injectable()
export class WebhookDeliveryHandler implements JobHandler<WebhookDeliveryJob> {
  constructor(
    private readonly delivery: WebhookDeliveryService,
    handlers: JobHandlers,
  ) {
    handlers.register(QUEUES.webhooks, this);
  }

  handle(job: Job<WebhookDeliveryJob>): Promise<void> {
    return this.delivery.deliverScheduled(job.data.deliveryId);
  }
}
