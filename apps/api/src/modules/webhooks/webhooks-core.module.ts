import { Global, Module } from '@nestjs/common';
import { IntegrationEvents } from './integration-events.service';
import { IntegrationLookupsRepository } from './integration-lookups.repository';
import { IntegrationPresence } from './integration-presence';
import { INTEGRATIONS_PROVIDERS, INTEGRATIONS_TOKENS } from './integrations.providers';
import { WebhookEventsSubscriber } from './platform-events.subscriber';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhooksRepository } from './webhooks.repository';

/**
 * What both processes need: the outbox, the delivery service, `IntegrationEvents` (global, so any
 * capability can publish) and the subscriber that turns platform events into webhook messages.
 */
@Global()
@Module({
  providers: [
    ...INTEGRATIONS_PROVIDERS,
    IntegrationPresence,
    WebhooksRepository,
    IntegrationLookupsRepository,
    IntegrationEvents,
    WebhookDeliveryService,
    WebhookEventsSubscriber,
  ],
  exports: [
    ...INTEGRATIONS_TOKENS,
    IntegrationPresence,
    WebhooksRepository,
    IntegrationLookupsRepository,
    IntegrationEvents,
    WebhookDeliveryService,
  ],
})
export class WebhooksCoreModule {}
