import { Inject, Injectable, Logger } from '@nestjs/common';
import type { WebhookAttempt, WebhookEndpoint } from '@loopgrade/database';
import {
  delayBeforeAttempt,
  guardedPost,
  judgeAttempt,
  SecretBox,
  shouldAutoDisable,
  webhookAttemptHeaders,
  type Clock,
} from '@loopgrade/integrations';
import { JOB_QUEUE, QUEUES, type JobQueue } from '@loopgrade/queue';
import { deliveryJobId, IntegrationEvents, type WebhookDeliveryJob } from './integration-events.service';
import { INTEGRATIONS_CONFIG, type IntegrationsConfig } from './integrations.config';
import { INTEGRATIONS_CLOCK } from './integrations.providers';
import { WebhooksRepository, type DeliveryWithContext } from './webhooks.repository';

/**
 * Sends webhook attempts. Scheduled attempts (from the queue) move the retry schedule and the
 * endpoint's failure streak; resends and tests are one-off attempts that touch neither.
 */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger('WebhookDelivery');

  constructor(
    private readonly webhooks: WebhooksRepository,
    private readonly events: IntegrationEvents,
    private readonly secrets: SecretBox,
    @Inject(INTEGRATIONS_CONFIG) private readonly config: IntegrationsConfig,
    @Inject(INTEGRATIONS_CLOCK) private readonly clock: Clock,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
  ) {}

  /** One scheduled attempt of a delivery; a duplicate or early job finds nothing to claim and returns. */
  async deliverScheduled(deliveryId: string): Promise<void> {
    if (!(await this.webhooks.claimDelivery(deliveryId, this.clock.now()))) return;
    const delivery = await this.webhooks.findDelivery(deliveryId);
    if (!delivery) return;
    const attemptCount = delivery.attemptCount + 1;
    if (delivery.endpoint.disabledAt) {
      await this.webhooks.settleDelivery(deliveryId, {
        status: 'exhausted',
        attemptCount: delivery.attemptCount,
        nextAttemptAt: null,
      });
      return;
    }
    const { attempt, retryAfterMs, verdict } = await this.attempt(delivery, 'scheduled');
    const now = attempt.attemptedAt;
    if (verdict === 'delivered') {
      await this.webhooks.settleDelivery(deliveryId, {
        status: 'delivered',
        attemptCount,
        nextAttemptAt: null,
      });
      await this.webhooks.markEndpointHealthy(delivery.endpointId);
      return;
    }
    if (verdict === 'endpoint-gone') {
      await this.webhooks.settleDelivery(deliveryId, {
        status: 'exhausted',
        attemptCount,
        nextAttemptAt: null,
      });
      await this.disable(delivery.endpoint, 'The endpoint answered 410 Gone');
      return;
    }
    const endpoint = await this.webhooks.markEndpointFailing(delivery.endpointId, now);
    if (shouldAutoDisable(endpoint.failingSince, now, this.config.webhookDisableAfterMs)) {
      await this.webhooks.settleDelivery(deliveryId, {
        status: 'exhausted',
        attemptCount,
        nextAttemptAt: null,
      });
      await this.disable(endpoint, `Every attempt failed since ${endpoint.failingSince!.toISOString()}`);
      return;
    }
    const delayMs = delayBeforeAttempt(this.config.webhookRetryScheduleMs, attemptCount + 1, {
      retryAfterMs,
    });
    if (delayMs === null) {
      await this.webhooks.settleDelivery(deliveryId, {
        status: 'exhausted',
        attemptCount,
        nextAttemptAt: null,
      });
      this.logger.warn(
        { deliveryId, endpointId: delivery.endpointId },
        'webhook delivery exhausted its retries',
      );
      return;
    }
    await this.webhooks.settleDelivery(deliveryId, {
      status: 'pending',
      attemptCount,
      nextAttemptAt: new Date(now.getTime() + delayMs),
    });
    await this.queue.add<WebhookDeliveryJob>(
      QUEUES.webhooks,
      { deliveryId },
      { jobId: deliveryJobId(deliveryId, attemptCount + 1), delayMs },
    );
  }

  /** A one-off attempt (resend or test): same `webhook-id`, fresh timestamp and signature. */
  async attemptOnce(delivery: DeliveryWithContext, trigger: 'resend' | 'test'): Promise<WebhookAttempt> {
    return (await this.attempt(delivery, trigger)).attempt;
  }

  /** Every secret that signs right now: the current one, plus the previous one during a rotation. */
  signingSecrets(endpoint: WebhookEndpoint, now: Date): string[] {
    const secrets = [this.secrets.open(endpoint.secretSealed)];
    if (endpoint.previousSecretSealed && endpoint.previousSecretUntil && endpoint.previousSecretUntil > now) {
      secrets.push(this.secrets.open(endpoint.previousSecretSealed));
    }
    return secrets;
  }

  private async attempt(delivery: DeliveryWithContext, trigger: 'scheduled' | 'resend' | 'test') {
    const attemptedAt = this.clock.now();
    const { message, endpoint } = delivery;
    const result = await guardedPost({
      url: endpoint.url,
      headers: webhookAttemptHeaders(
        message.id,
        message.body,
        this.signingSecrets(endpoint, attemptedAt),
        attemptedAt,
      ),
      body: message.body,
      timeoutMs: this.config.webhookTimeoutMs,
      allowPrivate: this.config.webhookAllowPrivate,
    });
    const attempt = await this.webhooks.recordAttempt({
      deliveryId: delivery.id,
      trigger,
      attemptedAt,
      statusCode: result.statusCode,
      latencyMs: result.latencyMs,
      responseExcerpt: result.responseExcerpt,
      error: result.error ?? null,
    });
    const verdict = judgeAttempt(result, attemptedAt);
    return {
      attempt,
      verdict: verdict.kind,
      retryAfterMs: verdict.kind === 'failed' ? verdict.retryAfterMs : undefined,
    };
  }

  /** Disables once and tells the owner's other endpoints (and admins') with a notice event. */
  private async disable(endpoint: WebhookEndpoint, reason: string): Promise<void> {
    const at = this.clock.now();
    if (!(await this.webhooks.disableEndpoint(endpoint.id, reason, at))) return;
    this.logger.warn({ endpointId: endpoint.id, reason }, 'webhook endpoint disabled');
    await this.events.publish(
      'webhook.endpoint_disabled',
      { endpointId: endpoint.id, url: endpoint.url, reason, disabledAt: at.toISOString() },
      [endpoint.ownerId],
    );
  }
}
