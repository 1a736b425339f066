import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';

export interface PlatformKeySetOptions {
  /** How long fetched keys are trusted (jose default 10 min). */
  cacheMaxAgeMs: number;
  /** Minimum gap before an unknown `kid` triggers another fetch (jose default 30 s): rate-limits refetches. */
  cooldownMs: number;
  timeoutMs: number;
}

export const DEFAULT_PLATFORM_KEY_SET_OPTIONS: PlatformKeySetOptions = {
  cacheMaxAgeMs: 600_000,
  cooldownMs: 30_000,
  timeoutMs: 5_000,
};

/** One cached remote key set per platform JWKS URL, shared by every registration that uses it. */
export class PlatformKeySets {
  private readonly sets = new Map<string, JWTVerifyGetKey>();

  constructor(private readonly options: PlatformKeySetOptions = DEFAULT_PLATFORM_KEY_SET_OPTIONS) {}

  forUrl(jwksUrl: string): JWTVerifyGetKey {
    let set = this.sets.get(jwksUrl);
    if (!set) {
      set = createRemoteJWKSet(new URL(jwksUrl), {
        cacheMaxAge: this.options.cacheMaxAgeMs,
        cooldownDuration: this.options.cooldownMs,
        timeoutDuration: this.options.timeoutMs,
      });
      this.sets.set(jwksUrl, set);
    }
    return set;
  }
}
