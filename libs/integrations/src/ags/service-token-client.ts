import { randomUUID } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Clock } from '../common/clock';
import type { PlatformRegistration } from '../lti/platform-registration';

export interface SigningKey {
  kid: string;
  key: KeyObject;
}

/** A token request the platform refused for good (bad client, missing scope) or that may work later. */
export class ServiceTokenError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly statusCode: number | null,
  ) {
    super(message);
  }
}

interface CachedToken {
  accessToken: string;
  expiresAt: number;
}

/** Refresh this long before the platform's expiry so a token never dies mid-request. */
const EXPIRY_MARGIN_MS = 60_000;
const ASSERTION_LIFETIME_SECONDS = 300;

/**
 * OAuth 2 client credentials with a signed JWT assertion (LTI Security §4.1), cached per
 * (registration, scope set) until shortly before expiry.
 */
export class ServiceTokenClient {
  private readonly cache = new Map<string, CachedToken>();

  constructor(
    private readonly deps: { clock: Clock; signingKey: () => Promise<SigningKey>; timeoutMs: number },
  ) {}

  /** `deadline` ends a token request early when the service call it serves has run out of time. */
  async token(
    registration: PlatformRegistration,
    scopes: readonly string[],
    deadline?: AbortSignal,
  ): Promise<string> {
    const key = this.cacheKey(registration, scopes);
    const cached = this.cache.get(key);
    const now = this.deps.clock.now().getTime();
    if (cached && cached.expiresAt - EXPIRY_MARGIN_MS > now) return cached.accessToken;
    const fresh = await this.request(registration, scopes, deadline);
    this.cache.set(key, fresh);
    return fresh.accessToken;
  }

  /** After a 401 from a service: the platform no longer honours the cached token. */
  invalidate(registration: PlatformRegistration, scopes: readonly string[]): void {
    this.cache.delete(this.cacheKey(registration, scopes));
  }

  private cacheKey(registration: PlatformRegistration, scopes: readonly string[]): string {
    return JSON.stringify([registration.issuer, registration.clientId, [...scopes].sort()]);
  }

  private async request(
    registration: PlatformRegistration,
    scopes: readonly string[],
    deadline?: AbortSignal,
  ): Promise<CachedToken> {
    const now = this.deps.clock.now();
    const { kid, key } = await this.deps.signingKey();
    const issuedAt = Math.floor(now.getTime() / 1000);
    const assertion = await new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuer(registration.clientId)
      .setSubject(registration.clientId)
      .setAudience(registration.authServerAudience || registration.accessTokenUrl)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + ASSERTION_LIFETIME_SECONDS)
      .setJti(randomUUID())
      .sign(key);
    let response: Response;
    try {
      response = await fetch(registration.accessTokenUrl, {
        method: 'POST',
        // Moodle's token.php reads only form encoding.
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
          client_assertion: assertion,
          scope: scopes.join(' '),
        }),
        redirect: 'error',
        signal: AbortSignal.any([AbortSignal.timeout(this.deps.timeoutMs), ...(deadline ? [deadline] : [])]),
      });
    } catch (error) {
      throw new ServiceTokenError(`Token endpoint unreachable: ${(error as Error).message}`, false, null);
    }
    const text = await response.text();
    if (!response.ok) {
      const permanent = response.status === 400 || response.status === 401 || response.status === 403;
      throw new ServiceTokenError(
        `Token endpoint answered ${response.status}: ${text.slice(0, 300)}`,
        permanent,
        response.status,
      );
    }
    const body = JSON.parse(text) as { access_token?: unknown; expires_in?: unknown };
    if (typeof body.access_token !== 'string')
      throw new ServiceTokenError('Token response has no access_token', true, response.status);
    const lifetimeSeconds = typeof body.expires_in === 'number' ? body.expires_in : 3600;
    return { accessToken: body.access_token, expiresAt: now.getTime() + lifetimeSeconds * 1000 };
  }
}
