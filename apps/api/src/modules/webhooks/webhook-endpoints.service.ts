import { Inject, Injectable } from '@nestjs/common';
import type { WebhookEndpoint } from '@loopgrade/database';
import {
  assertAllowedWebhookUrl,
  buildWebhookBody,
  generateWebhookSecret,
  newWebhookMessageId,
  SecretBox,
  WebhookUrlError,
  type Clock,
} from '@loopgrade/integrations';
import type { Principal } from '../../common/auth/principal';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { toPage, type Page } from '../../common/http/pagination';
import { INTEGRATIONS_CONFIG, type IntegrationsConfig } from './integrations.config';
import { INTEGRATIONS_CLOCK } from './integrations.providers';
import { WebhookDeliveryService } from './webhook-delivery.service';
import {
  toAttemptView,
  toEndpointView,
  toMessageView,
  type WebhookAttemptView,
  type WebhookEndpointView,
  type WebhookMessageView,
} from './webhook.views';
import type {
  CreateWebhookEndpointDto,
  ListWebhookMessagesQueryDto,
  UpdateWebhookEndpointDto,
} from './webhooks.dto';
import { WebhooksRepository } from './webhooks.repository';

/** Endpoint management for teachers and admins: each sees and manages only their own, admins all. */
@Injectable()
export class WebhookEndpointsService {
  constructor(
    private readonly webhooks: WebhooksRepository,
    private readonly delivery: WebhookDeliveryService,
    private readonly secrets: SecretBox,
    @Inject(INTEGRATIONS_CONFIG) private readonly config: IntegrationsConfig,
    @Inject(INTEGRATIONS_CLOCK) private readonly clock: Clock,
  ) {}

  /** The secret is in this answer only; afterwards it exists sealed in the database. */
  async create(
    actor: Principal,
    input: CreateWebhookEndpointDto,
  ): Promise<WebhookEndpointView & { secret: string }> {
    const secret = generateWebhookSecret();
    const endpoint = await this.webhooks.createEndpoint({
      ownerId: actor.id,
      url: this.checkedUrl(input.url),
      description: input.description ?? '',
      filterTypes: [...new Set(input.filterTypes ?? [])],
      secretSealed: this.secrets.seal(secret),
    });
    return { ...toEndpointView(endpoint, this.clock.now()), secret };
  }

  async list(actor: Principal): Promise<WebhookEndpointView[]> {
    const endpoints = await this.webhooks.listEndpoints(actor.role === 'admin' ? undefined : actor.id);
    return endpoints.map((endpoint) => toEndpointView(endpoint, this.clock.now()));
  }

  async get(actor: Principal, id: string): Promise<WebhookEndpointView> {
    return toEndpointView(await this.owned(actor, id), this.clock.now());
  }

  async update(actor: Principal, id: string, input: UpdateWebhookEndpointDto): Promise<WebhookEndpointView> {
    await this.owned(actor, id);
    const endpoint = await this.webhooks.updateEndpoint(id, {
      url: input.url === undefined ? undefined : this.checkedUrl(input.url),
      description: input.description,
      filterTypes: input.filterTypes === undefined ? undefined : [...new Set(input.filterTypes)],
    });
    return toEndpointView(endpoint, this.clock.now());
  }

  async remove(actor: Principal, id: string): Promise<void> {
    await this.owned(actor, id);
    await this.webhooks.deleteEndpoint(id);
  }

  /** New secret now; the old one keeps signing alongside it for the grace period (24 h by default). */
  async rotateSecret(actor: Principal, id: string): Promise<WebhookEndpointView & { secret: string }> {
    const current = await this.owned(actor, id);
    const secret = generateWebhookSecret();
    const endpoint = await this.webhooks.updateEndpoint(id, {
      secretSealed: this.secrets.seal(secret),
      previousSecretSealed: current.secretSealed,
      previousSecretUntil: new Date(this.clock.now().getTime() + this.config.webhookSecretRotationGraceMs),
    });
    return { ...toEndpointView(endpoint, this.clock.now()), secret };
  }

  /** Sends a `webhook.test` event to this endpoint once, now, even if it is disabled. */
  async test(
    actor: Principal,
    id: string,
  ): Promise<WebhookAttemptView & { messageId: string; delivered: boolean }> {
    const endpoint = await this.owned(actor, id);
    const now = this.clock.now();
    const message = {
      id: newWebhookMessageId(now),
      type: 'webhook.test',
      body: buildWebhookBody('webhook.test', { endpointId: endpoint.id, sentAt: now.toISOString() }, now),
    };
    const [created] = await this.webhooks.createMessage(message, [endpoint.id], now, null);
    const delivery = (await this.webhooks.findDelivery(created.id))!;
    const attempt = await this.delivery.attemptOnce(delivery, 'test');
    const delivered = attempt.statusCode !== null && attempt.statusCode >= 200 && attempt.statusCode < 300;
    await this.webhooks.settleDelivery(created.id, {
      status: delivered ? 'delivered' : 'exhausted',
      attemptCount: 1,
      nextAttemptAt: null,
    });
    return { messageId: message.id, delivered, ...toAttemptView(attempt) };
  }

  /** Re-enabling needs proof that the endpoint works again: a successful test event. */
  async enable(actor: Principal, id: string): Promise<WebhookEndpointView> {
    const result = await this.test(actor, id);
    if (!result.delivered) {
      throw new DomainError(
        'conflict',
        `The endpoint stays disabled: its test event failed (${result.statusCode ?? result.error ?? 'no answer'})`,
      );
    }
    await this.webhooks.enableEndpoint(id);
    return this.get(actor, id);
  }

  async messages(
    actor: Principal,
    id: string,
    query: ListWebhookMessagesQueryDto,
  ): Promise<Page<WebhookMessageView>> {
    await this.owned(actor, id);
    const rows = await this.webhooks.listDeliveries(
      id,
      { status: query.status, since: query.since ? new Date(query.since) : undefined },
      query,
    );
    return toPage(rows, query.limit, (row) => row.id, toMessageView);
  }

  /** One more attempt with the same `webhook-id`; works on disabled endpoints and leaves the streak alone. */
  async resend(actor: Principal, id: string, messageId: string): Promise<WebhookAttemptView> {
    await this.owned(actor, id);
    const delivery = await this.webhooks.findDeliveryOf(id, messageId);
    if (!delivery) throw notFound('Webhook message');
    const attempt = await this.delivery.attemptOnce(delivery, 'resend');
    if (
      attempt.statusCode !== null &&
      attempt.statusCode >= 200 &&
      attempt.statusCode < 300 &&
      delivery.status !== 'delivered'
    ) {
      await this.webhooks.settleDelivery(delivery.id, {
        status: 'delivered',
        attemptCount: delivery.attemptCount,
        nextAttemptAt: null,
      });
    }
    return toAttemptView(attempt);
  }

  private checkedUrl(url: string): string {
    try {
      return assertAllowedWebhookUrl(url, this.config.webhookAllowPrivate).toString();
    } catch (error) {
      if (error instanceof WebhookUrlError) {
        throw new DomainError('invalid', `Invalid webhook url: ${error.message}`, {
          errors: [{ field: 'url', message: error.message }],
        });
      }
      throw error;
    }
  }

  /** Someone else's endpoint is reported as missing, so ids cannot be probed. */
  private async owned(actor: Principal, id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.webhooks.findEndpoint(id);
    if (!endpoint || (actor.role !== 'admin' && endpoint.ownerId !== actor.id))
      throw notFound('Webhook endpoint');
    return endpoint;
  }
}
