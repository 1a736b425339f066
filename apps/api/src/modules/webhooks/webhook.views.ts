import type { WebhookAttempt, WebhookEndpoint } from '@loopgrade/database';
import type { DeliveryWithLog } from './webhooks.repository';

export interface WebhookEndpointView {
  id: string;
  url: string;
  description: string;
  filterTypes: string[];
  enabled: boolean;
  disabledAt: string | null;
  disabledReason: string | null;
  /** Start of the current run of failed attempts, if any. */
  failingSince: string | null;
  /** Until when the previous secret still signs after a rotation. */
  previousSecretValidUntil: string | null;
  createdAt: string;
}

export interface WebhookAttemptView {
  attemptedAt: string;
  trigger: string;
  statusCode: number | null;
  latencyMs: number;
  /** First KB of the answer. */
  responseExcerpt: string;
  error: string | null;
}

export interface WebhookMessageView {
  messageId: string;
  type: string;
  status: string;
  attemptCount: number;
  nextAttemptAt: string | null;
  createdAt: string;
  payload: unknown;
  attempts: WebhookAttemptView[];
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toEndpointView(endpoint: WebhookEndpoint, now: Date): WebhookEndpointView {
  const rotating = endpoint.previousSecretUntil && endpoint.previousSecretUntil > now;
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    filterTypes: endpoint.filterTypes,
    enabled: endpoint.disabledAt === null,
    disabledAt: iso(endpoint.disabledAt),
    disabledReason: endpoint.disabledReason,
    failingSince: iso(endpoint.failingSince),
    previousSecretValidUntil: rotating ? iso(endpoint.previousSecretUntil) : null,
    createdAt: endpoint.createdAt.toISOString(),
  };
}

export function toAttemptView(attempt: WebhookAttempt): WebhookAttemptView {
  return {
    attemptedAt: attempt.attemptedAt.toISOString(),
    trigger: attempt.trigger,
    statusCode: attempt.statusCode,
    latencyMs: attempt.latencyMs,
    responseExcerpt: attempt.responseExcerpt,
    error: attempt.error,
  };
}

export function toMessageView(delivery: DeliveryWithLog): WebhookMessageView {
  return {
    messageId: delivery.messageId,
    type: delivery.message.type,
    status: delivery.status,
    attemptCount: delivery.attemptCount,
    nextAttemptAt: iso(delivery.nextAttemptAt),
    createdAt: delivery.createdAt.toISOString(),
    payload: JSON.parse(delivery.message.body) as unknown,
    attempts: delivery.attempts.map(toAttemptView),
  };
}
