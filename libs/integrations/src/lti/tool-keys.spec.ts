import { compactVerify, importJWK, SignJWT } from 'jose';
import {
  DEFAULT_ROTATION_POLICY,
  generateToolKey,
  importSigningKey,
  planRotation,
  publishedJwks,
  type ToolKey,
} from './tool-keys';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Applies a rotation step the way a key repository would. */
function apply(keys: ToolKey[], step: Awaited<ReturnType<typeof planRotation>>, now: Date): ToolKey[] {
  let next = keys.filter((key) => !step.drop.includes(key.kid));
  next = next.map((key) => {
    if (key.kid === step.promote) return { ...key, status: 'active' as const };
    if (key.kid === step.retire) return { ...key, status: 'retired' as const, retiredAt: now };
    return key;
  });
  return step.create ? [...next, step.create] : next;
}

describe('tool key management', () => {
  it('generates 2048-bit RS256 keys whose public JWK verifies what the private key signs', async () => {
    const key = await generateToolKey(new Date(), 'active');
    expect(key.publicJwk).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: key.kid });
    expect(Buffer.from(key.publicJwk.n!, 'base64url')).toHaveLength(256);
    expect(key.publicJwk).not.toHaveProperty('d');
    const jwt = await new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid: key.kid })
      .sign(importSigningKey(key));
    await expect(compactVerify(jwt, await importJWK(key.publicJwk, 'RS256'))).resolves.toBeDefined();
  });

  it('rotates: publish next, promote after a day, keep the retired key for the grace period, then drop it', async () => {
    const t0 = new Date('2026-11-01T00:00:00Z');
    let keys = apply([], await planRotation([], t0, DEFAULT_ROTATION_POLICY), t0);
    const first = keys[0];
    expect(first.status).toBe('active');

    keys = apply(keys, await planRotation(keys, t0, DEFAULT_ROTATION_POLICY), t0);
    const second = keys.find((key) => key.status === 'next')!;
    expect(publishedJwks(keys, t0, DEFAULT_ROTATION_POLICY).keys.map((k) => k.kid)).toEqual([
      first.kid,
      second.kid,
    ]);

    const early = new Date(t0.getTime() + 23 * HOUR);
    expect(await planRotation(keys, early, DEFAULT_ROTATION_POLICY)).toEqual({ drop: [] });

    const promoted = new Date(t0.getTime() + DAY);
    keys = apply(keys, await planRotation(keys, promoted, DEFAULT_ROTATION_POLICY), promoted);
    expect(keys.find((key) => key.status === 'active')!.kid).toBe(second.kid);
    expect(publishedJwks(keys, promoted, DEFAULT_ROTATION_POLICY).keys).toHaveLength(2);

    const afterGrace = new Date(promoted.getTime() + 7 * DAY);
    expect(publishedJwks(keys, afterGrace, DEFAULT_ROTATION_POLICY).keys.map((k) => k.kid)).toEqual([
      second.kid,
    ]);
    const step = await planRotation(keys, afterGrace, DEFAULT_ROTATION_POLICY);
    expect(step.drop).toEqual([first.kid]);
  });

  it('after a compromise, signs with a fresh key at once and stops publishing every earlier key', async () => {
    const now = new Date('2026-11-01T00:00:00Z');
    let keys = apply([], await planRotation([], now, DEFAULT_ROTATION_POLICY), now);
    keys = apply(keys, await planRotation(keys, now, DEFAULT_ROTATION_POLICY), now);
    const earlier = keys.map((key) => key.kid);
    const step = await planRotation(keys, now, DEFAULT_ROTATION_POLICY, { immediate: true });
    expect(step.create?.status).toBe('active');
    expect(step.drop).toEqual(earlier);
    keys = apply(keys, step, now);
    expect(publishedJwks(keys, now, DEFAULT_ROTATION_POLICY).keys.map((k) => k.kid)).toEqual([
      step.create!.kid,
    ]);
  });
});
