import { createHmac, timingSafeEqual } from 'node:crypto';
import { webhookSecretKey } from './webhook-secret';

/** What gets signed: the message id, this attempt's Unix-seconds timestamp and the exact body bytes sent. */
export interface SignedContent {
  id: string;
  timestamp: number;
  body: string;
}

export const DEFAULT_TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;

function hmac(secret: string, content: SignedContent): Buffer {
  return createHmac('sha256', webhookSecretKey(secret))
    .update(`${content.id}.${content.timestamp}.${content.body}`)
    .digest();
}

/**
 * The `webhook-signature` header value. Several secrets (during a rotation) give several
 * space-separated `v1,` entries, newest first; receivers accept if any one matches.
 */
export function signWebhook(secrets: readonly string[], content: SignedContent): string {
  if (secrets.length === 0) throw new Error('At least one secret is needed to sign');
  return secrets.map((secret) => `v1,${hmac(secret, content).toString('base64')}`).join(' ');
}

export type WebhookVerificationFailure =
  'missing-headers' | 'bad-timestamp' | 'timestamp-too-old' | 'timestamp-too-new' | 'no-matching-signature';

export interface WebhookVerification {
  ok: boolean;
  failure?: WebhookVerificationFailure;
}

/** Receiver-side check (used by our own tests' receivers and shown in the integrator docs). */
export function verifyWebhook(
  secret: string,
  headers: { id?: string; timestamp?: string; signature?: string },
  body: string,
  nowSeconds: number,
  toleranceSeconds = DEFAULT_TIMESTAMP_TOLERANCE_SECONDS,
): WebhookVerification {
  if (!headers.id || !headers.timestamp || !headers.signature)
    return { ok: false, failure: 'missing-headers' };
  if (!/^\d+$/.test(headers.timestamp)) return { ok: false, failure: 'bad-timestamp' };
  const timestamp = Number(headers.timestamp);
  if (timestamp < nowSeconds - toleranceSeconds) return { ok: false, failure: 'timestamp-too-old' };
  if (timestamp > nowSeconds + toleranceSeconds) return { ok: false, failure: 'timestamp-too-new' };
  const expected = hmac(secret, { id: headers.id, timestamp, body });
  const matches = headers.signature.split(' ').some((entry) => {
    const [version, value] = entry.split(',', 2);
    if (version !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return matches ? { ok: true } : { ok: false, failure: 'no-matching-signature' };
}
