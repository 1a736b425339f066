import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret, webhookSecretKey } from './webhook-secret';
import { signWebhook, verifyWebhook } from './webhook-signature';

// The Standard Webhooks specification's published test vector.
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

function headersFor(signature: string, timestamp = VECTOR.timestamp) {
  return { id: VECTOR.id, timestamp: String(timestamp), signature };
}

describe('Standard Webhooks signatures', () => {
  it('reproduces the specification test vector', () => {
    expect(signWebhook([VECTOR.secret], VECTOR)).toBe(VECTOR.signature);
  });

  it('accepts the test vector on the receiving side', () => {
    expect(verifyWebhook(VECTOR.secret, headersFor(VECTOR.signature), VECTOR.body, VECTOR.timestamp)).toEqual(
      { ok: true },
    );
  });

  it('produces signatures the independent standardwebhooks package verifies', () => {
    const secret = generateWebhookSecret();
    const now = Math.floor(Date.now() / 1000);
    const body = '{"type":"webhook.test","data":{}}';
    const signature = signWebhook([secret], { id: 'msg_1', timestamp: now, body });
    const headers = {
      'webhook-id': 'msg_1',
      'webhook-timestamp': String(now),
      'webhook-signature': signature,
    };
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('signs with both secrets during a rotation, and either one verifies', () => {
    const [newer, older] = [generateWebhookSecret(), generateWebhookSecret()];
    const signature = signWebhook([newer, older], VECTOR);
    expect(signature.split(' ')).toHaveLength(2);
    expect(verifyWebhook(newer, headersFor(signature), VECTOR.body, VECTOR.timestamp).ok).toBe(true);
    expect(verifyWebhook(older, headersFor(signature), VECTOR.body, VECTOR.timestamp).ok).toBe(true);
    expect(
      verifyWebhook(generateWebhookSecret(), headersFor(signature), VECTOR.body, VECTOR.timestamp).failure,
    ).toBe('no-matching-signature');
  });

  it('rejects a body with one changed byte', () => {
    const tampered = VECTOR.body.replace('4', '5');
    expect(
      verifyWebhook(VECTOR.secret, headersFor(VECTOR.signature), tampered, VECTOR.timestamp).failure,
    ).toBe('no-matching-signature');
  });

  it('rejects timestamps more than five minutes off either way', () => {
    const check = (now: number) =>
      verifyWebhook(VECTOR.secret, headersFor(VECTOR.signature), VECTOR.body, now).failure;
    expect(check(VECTOR.timestamp + 301)).toBe('timestamp-too-old');
    expect(check(VECTOR.timestamp - 301)).toBe('timestamp-too-new');
    expect(check(VECTOR.timestamp + 300)).toBeUndefined();
  });

  it('issues whsec_ secrets of 32 random bytes and refuses malformed ones', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(webhookSecretKey(secret)).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
    expect(() => webhookSecretKey('whsec_c2hvcnQ=')).toThrow('24 to 64 bytes');
    expect(() => webhookSecretKey('whsec_not base64!')).toThrow('not base64');
  });
});
