/**
 * The event catalogue. Each payload is thin (ids, score summary, timestamps): no student code and no
 * hidden-check output ever leaves through a webhook. Bumping a payload's shape means a new `version`.
 */
export const WEBHOOK_PAYLOAD_VERSION = 1;

export interface WebhookEventData {
  'submission.created': { submissionId: string; exerciseId: string; userId: string; createdAt: string };
  'submission.graded': {
    submissionId: string;
    exerciseId: string;
    userId: string;
    status: string;
    score: number;
    maxScore: number;
    gradedAt: string;
  };
  'exercise.published': { exerciseId: string; slug: string; version: number; publishedAt: string };
  'regrade.completed': {
    exerciseId: string;
    regradeId: string;
    submissionCount: number;
    completedAt: string;
  };
  'grade_sync.failed': {
    gradeSyncId: string;
    exerciseId: string;
    userId: string;
    submissionId: string | null;
    reason: string;
    statusCode: number | null;
    failedAt: string;
  };
  'webhook.test': { endpointId: string; sentAt: string };
  'webhook.endpoint_disabled': { endpointId: string; url: string; reason: string; disabledAt: string };
}

export type WebhookEventType = keyof WebhookEventData;

export const WEBHOOK_EVENT_TYPES = [
  'submission.created',
  'submission.graded',
  'exercise.published',
  'regrade.completed',
  'grade_sync.failed',
  'webhook.test',
  'webhook.endpoint_disabled',
] as const satisfies readonly WebhookEventType[];

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/** Bodies above this are refused at publish time: consumers should fetch details through the API. */
export const MAX_WEBHOOK_BODY_BYTES = 20 * 1024;

/** The exact bytes that are signed and sent: `{type, version, timestamp, data}` as minified JSON. */
export function buildWebhookBody<T extends WebhookEventType>(
  type: T,
  data: WebhookEventData[T],
  at: Date,
): string {
  const body = JSON.stringify({ type, version: WEBHOOK_PAYLOAD_VERSION, timestamp: at.toISOString(), data });
  if (Buffer.byteLength(body) > MAX_WEBHOOK_BODY_BYTES)
    throw new Error(`Webhook body for ${type} exceeds 20 KB`);
  return body;
}
