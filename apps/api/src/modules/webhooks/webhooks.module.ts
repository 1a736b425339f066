import { Module } from '@nestjs/common';
import { WebhookEndpointsController } from './webhook-endpoints.controller';
import { WebhookEndpointsService } from './webhook-endpoints.service';
import { WebhooksCoreModule } from './webhooks-core.module';

/** The webhook endpoint API (HTTP only; deliveries run in the worker). */
@Module({
  imports: [WebhooksCoreModule],
  controllers: [WebhookEndpointsController],
  providers: [WebhookEndpointsService],
})
export class WebhooksModule {}
