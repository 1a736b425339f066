import { ulid } from '../common/ulid';
import { signWebhook } from './webhook-signature';

export const WEBHOOK_USER_AGENT = 'loopgrade-Webhooks/1';

/** `msg_<ulid>`: fixed when the message is created and reused by every retry and resend. */
export function newWebhookMessageId(at: Date): string {
  return `msg_${ulid(at)}`;
}

/** Headers for one attempt: a fresh timestamp and signature each time, the same `webhook-id` always. */
export function webhookAttemptHeaders(
  messageId: string,
  body: string,
  secrets: readonly string[],
  now: Date,
): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    'content-type': 'application/json',
    'user-agent': WEBHOOK_USER_AGENT,
    'webhook-id': messageId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signWebhook(secrets, { id: messageId, timestamp, body }),
  };
}
