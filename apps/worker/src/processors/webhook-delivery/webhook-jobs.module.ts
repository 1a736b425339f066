import { Module } from '@nestjs/common';
import { WebhooksCoreModule } from '../../../../api/src/modules/webhooks/webhooks-core.module';
import { JobsModule } from '../../jobs/jobs.module';
import { WebhookDeliveryHandler } from './webhook-delivery.handler';
import { WebhookSweeper } from './webhook-sweeper.service';

/** Webhook deliveries in the worker (the `webhooks` queue) and the sweeper that re-queues lost ones. */
@Module({
  imports: [JobsModule, WebhooksCoreModule],
  providers: [WebhookDeliveryHandler, WebhookSweeper],
})
export class WebhookJobsModule {}
