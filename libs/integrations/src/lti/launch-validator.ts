import { decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';
import type { Clock } from '../common/clock';
import {
  LTI_CLAIM,
  LTI_VERSION,
  RESOURCE_LINK_REQUEST,
  type AgsEndpointClaim,
  type LtiLaunch,
} from './lti-claims';
import { LtiLaunchError } from './lti-errors';
import { isOurUrl } from './login-initiation';
import type { LoginStateStore, NonceStore } from './login-state';
import type { PlatformKeySets } from './platform-key-sets';
import type { PlatformRegistration } from './platform-registration';

export interface LaunchValidatorDeps {
  states: LoginStateStore;
  nonces: NonceStore;
  keySets: PlatformKeySets;
  findRegistration(id: string): Promise<PlatformRegistration | null>;
  clock: Clock;
  toolOrigin: string;
}

export interface LaunchRequest {
  idToken: string;
  state: string;
  /** True when the browser presented the cookie set at login for this state. */
  stateCookiePresent: boolean;
}

const CLOCK_SKEW_SECONDS = 60;
const MAX_TOKEN_AGE = '10m';

function stringClaim(payload: JWTPayload, name: string): string | undefined {
  const value = payload[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function objectClaim<T>(payload: JWTPayload, name: string): T | undefined {
  const value = payload[name];
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as T) : undefined;
}

/** A signed but malformed AGS claim is refused rather than half-trusted: its URLs are called later. */
function agsClaim(payload: JWTPayload): AgsEndpointClaim | undefined {
  if (payload[LTI_CLAIM.agsEndpoint] === undefined) return undefined;
  const claim = objectClaim<{ scope?: unknown; lineitems?: unknown; lineitem?: unknown }>(
    payload,
    LTI_CLAIM.agsEndpoint,
  );
  const scope = claim?.scope;
  if (!claim || !Array.isArray(scope) || !scope.every((entry) => typeof entry === 'string'))
    throw new LtiLaunchError('AGS endpoint claim has no list of scopes');
  const { lineitems, lineitem } = claim;
  if (![lineitems, lineitem].every((url) => url === undefined || typeof url === 'string'))
    throw new LtiLaunchError('AGS endpoint claim has a line item URL that is not a string');
  return {
    scope: scope as string[],
    ...(lineitems === undefined ? {} : { lineitems: lineitems as string }),
    ...(lineitem === undefined ? {} : { lineitem: lineitem as string }),
  };
}

/** Whether any string in the claims (key or value) holds U+0000, which no database text column takes. */
function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, child]) => key.includes('\u0000') || holdsNul(child));
}

/**
 * The launch checklist of integrations.md §1.3. Every failure throws LtiLaunchError (a 401);
 * the order puts the cheap, replay-closing checks (state) before any network work.
 */
export class LaunchValidator {
  constructor(private readonly deps: LaunchValidatorDeps) {}

  async validate(request: LaunchRequest): Promise<LtiLaunch> {
    const now = this.deps.clock.now();
    // The browser binding first: a post without the cookie (a forged form, a lost frame cookie) must not
    // use the state up, or the genuine launch could no longer finish.
    if (!request.stateCookiePresent) throw new LtiLaunchError('state not bound to this browser');
    const login = await this.deps.states.consume(request.state, now);
    if (!login) throw new LtiLaunchError('unknown, expired or used state');
    const registration = await this.deps.findRegistration(login.registrationId);
    if (!registration) throw new LtiLaunchError('registration no longer exists');

    const payload = await this.verifySignatureAndTimes(request.idToken, registration, now);

    if (payload.nonce !== login.nonce) throw new LtiLaunchError('nonce does not match the login');
    const tokenExpiry = new Date((payload.exp ?? 0) * 1000);
    if (!(await this.deps.nonces.useOnce(login.nonce, tokenExpiry)))
      throw new LtiLaunchError('nonce replayed');

    return this.readLaunch(payload, registration, login.deploymentIdHint);
  }

  private async verifySignatureAndTimes(idToken: string, registration: PlatformRegistration, now: Date) {
    let header;
    try {
      header = decodeProtectedHeader(idToken);
    } catch {
      throw new LtiLaunchError('id_token is not a JWS');
    }
    if (header.alg !== 'RS256') throw new LtiLaunchError(`alg ${String(header.alg)} is not allowed`);
    if (!header.kid) throw new LtiLaunchError('id_token has no kid');
    try {
      const { payload } = await jwtVerify(idToken, this.deps.keySets.forUrl(registration.jwksUrl), {
        algorithms: ['RS256'],
        issuer: registration.issuer,
        audience: registration.clientId,
        currentDate: now,
        clockTolerance: CLOCK_SKEW_SECONDS,
        maxTokenAge: MAX_TOKEN_AGE,
        requiredClaims: ['exp', 'iat', 'nonce'],
      });
      return payload;
    } catch (error) {
      throw new LtiLaunchError(`id_token rejected: ${(error as Error).message}`);
    }
  }

  private readLaunch(
    payload: JWTPayload,
    registration: PlatformRegistration,
    deploymentHint?: string,
  ): LtiLaunch {
    if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload.azp !== registration.clientId) {
      throw new LtiLaunchError('several audiences and azp is not our client_id');
    }
    if (payload.azp !== undefined && payload.azp !== registration.clientId)
      throw new LtiLaunchError('azp mismatch');
    if (payload[LTI_CLAIM.version] !== LTI_VERSION) throw new LtiLaunchError('LTI version is not 1.3.0');
    if (holdsNul(payload)) throw new LtiLaunchError('a claim contains a NUL character');

    const deploymentId = stringClaim(payload, LTI_CLAIM.deploymentId);
    if (!deploymentId || !registration.deploymentIds.includes(deploymentId))
      throw new LtiLaunchError('unknown deployment');
    if (deploymentHint !== undefined && deploymentHint !== deploymentId)
      throw new LtiLaunchError('deployment differs from login');

    if (payload[LTI_CLAIM.messageType] !== RESOURCE_LINK_REQUEST)
      throw new LtiLaunchError('unsupported message type');
    if (payload.sub === undefined) throw new LtiLaunchError('anonymous launch (no sub)');
    if (typeof payload.sub !== 'string' || !payload.sub) throw new LtiLaunchError('sub is not a string');
    const roles = payload[LTI_CLAIM.roles];
    if (!Array.isArray(roles) || !roles.every((role) => typeof role === 'string'))
      throw new LtiLaunchError('roles missing');

    const resourceLink = objectClaim<{ id?: unknown; title?: unknown }>(payload, LTI_CLAIM.resourceLink);
    if (!resourceLink || typeof resourceLink.id !== 'string' || !resourceLink.id)
      throw new LtiLaunchError('resource link id missing');
    const targetLinkUri = stringClaim(payload, LTI_CLAIM.targetLinkUri);
    if (!targetLinkUri || !isOurUrl(targetLinkUri, this.deps.toolOrigin))
      throw new LtiLaunchError('target_link_uri is not ours');

    const context = objectClaim<{ id?: unknown; label?: unknown; title?: unknown }>(
      payload,
      LTI_CLAIM.context,
    );
    const custom = objectClaim<Record<string, unknown>>(payload, LTI_CLAIM.custom) ?? {};
    const presentation = objectClaim<{ return_url?: unknown }>(payload, LTI_CLAIM.launchPresentation);
    return {
      issuer: registration.issuer,
      clientId: registration.clientId,
      deploymentId,
      subject: payload.sub,
      name: stringClaim(payload, 'name'),
      email: stringClaim(payload, 'email'),
      roles: roles as string[],
      resourceLink: {
        id: resourceLink.id,
        title: typeof resourceLink.title === 'string' ? resourceLink.title : undefined,
      },
      context:
        context && typeof context.id === 'string'
          ? {
              id: context.id,
              label: typeof context.label === 'string' ? context.label : undefined,
              title: typeof context.title === 'string' ? context.title : undefined,
            }
          : undefined,
      custom: Object.fromEntries(
        Object.entries(custom).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      ),
      ags: agsClaim(payload),
      targetLinkUri,
      returnUrl: typeof presentation?.return_url === 'string' ? presentation.return_url : undefined,
    };
  }
}
