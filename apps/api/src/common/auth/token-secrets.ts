import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'lg_';

/** A new API token secret: shown to its owner once, stored only as a hash. */
export function newTokenSecret(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

/** Tokens have 256 bits of entropy, so a fast hash is enough; a slow KDF would only slow every request. */
export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
