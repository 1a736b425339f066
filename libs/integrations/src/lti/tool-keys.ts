import { createPrivateKey, generateKeyPair, randomUUID, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import type { JWK } from 'jose';

const generateRsaKeyPair = promisify(generateKeyPair);

/**
 * Tool signing keys. The JWKS publishes `next` (so platform caches learn it before it signs),
 * `active` (the only one that signs) and `retired` keys still inside their grace period.
 */
export type ToolKeyStatus = 'next' | 'active' | 'retired';

export interface ToolKey {
  kid: string;
  status: ToolKeyStatus;
  publicJwk: JWK;
  privateKeyPem: string;
  createdAt: Date;
  /** When it became `retired`; drives the grace period. */
  retiredAt: Date | null;
}

export interface RotationPolicy {
  /** How long `next` is published before it may sign: platforms cache key sets for about a day. */
  publishLeadMs: number;
  /** How long a retired key stays published: longer than token lifetime plus caches. */
  retiredGraceMs: number;
}

export const DEFAULT_ROTATION_POLICY: RotationPolicy = {
  publishLeadMs: 86_400_000,
  retiredGraceMs: 7 * 86_400_000,
};

export async function generateToolKey(now: Date, status: ToolKeyStatus): Promise<ToolKey> {
  const { publicKey, privateKey } = await generateRsaKeyPair('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  const { kty, n, e } = publicKey.export({ format: 'jwk' });
  return {
    kid,
    status,
    publicJwk: { kty, n, e, kid, alg: 'RS256', use: 'sig' },
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    createdAt: now,
    retiredAt: null,
  };
}

export function publishedJwks(keys: readonly ToolKey[], now: Date, policy: RotationPolicy): { keys: JWK[] } {
  const visible = keys.filter(
    (key) =>
      key.status !== 'retired' ||
      (key.retiredAt && now.getTime() - key.retiredAt.getTime() < policy.retiredGraceMs),
  );
  return { keys: visible.map((key) => key.publicJwk) };
}

export function activeKey(keys: readonly ToolKey[]): ToolKey | undefined {
  return keys.find((key) => key.status === 'active');
}

export function importSigningKey(key: ToolKey): KeyObject {
  return createPrivateKey(key.privateKeyPem);
}

/** The changes one rotation step makes; applied by whoever stores the keys. */
export interface RotationStep {
  create?: ToolKey;
  promote?: string;
  retire?: string;
  drop: string[];
}

/**
 * One step of the rotation: ensure an active key; publish a `next`; once `next` has been published
 * long enough promote it and retire the old one; drop expired keys. After a compromise (`immediate`)
 * a fresh key signs at once and every other key is dropped, not retired: a retired key stays published,
 * so platforms would keep accepting what an attacker signs with it; a waiting `next` was stored beside
 * the compromised key, so it is not trusted either.
 */
export async function planRotation(
  keys: readonly ToolKey[],
  now: Date,
  policy: RotationPolicy,
  options: { immediate?: boolean } = {},
): Promise<RotationStep> {
  if (options.immediate) {
    return { create: await generateToolKey(now, 'active'), drop: keys.map((key) => key.kid) };
  }
  const drop = keys
    .filter(
      (key) =>
        key.status === 'retired' &&
        key.retiredAt &&
        now.getTime() - key.retiredAt.getTime() >= policy.retiredGraceMs,
    )
    .map((key) => key.kid);
  const current = activeKey(keys);
  if (!current) return { create: await generateToolKey(now, 'active'), drop };
  const next = keys.find((key) => key.status === 'next');
  if (!next) return { create: await generateToolKey(now, 'next'), drop };
  if (now.getTime() - next.createdAt.getTime() >= policy.publishLeadMs) {
    return { promote: next.kid, retire: current.kid, drop };
  }
  return { drop };
}
