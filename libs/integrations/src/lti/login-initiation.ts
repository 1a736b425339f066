import { LtiLoginError } from './lti-errors';
import type { PlatformRegistration } from './platform-registration';

/** Third-party initiated login parameters, from the query (GET) or the form body (POST). */
export interface LoginInitiation {
  issuer: string;
  loginHint: string;
  targetLinkUri: string;
  ltiMessageHint?: string;
  deploymentId?: string;
  clientId?: string;
}

function single(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** `toolOrigin` is our public origin: a target outside it would make us an open redirector. */
export function parseLoginInitiation(params: Record<string, unknown>, toolOrigin: string): LoginInitiation {
  const issuer = single(params.iss);
  const loginHint = single(params.login_hint);
  const targetLinkUri = single(params.target_link_uri);
  if (!issuer || !loginHint || !targetLinkUri)
    throw new LtiLoginError('iss, login_hint and target_link_uri are required');
  if (!isOurUrl(targetLinkUri, toolOrigin)) throw new LtiLoginError('target_link_uri is not a loopgrade URL');
  return {
    issuer,
    loginHint,
    targetLinkUri,
    ltiMessageHint: single(params.lti_message_hint),
    // Canvas sends `deployment_id`, the specification says `lti_deployment_id`.
    deploymentId: single(params.lti_deployment_id) ?? single(params.deployment_id),
    clientId: single(params.client_id),
  };
}

export function isOurUrl(candidate: string, toolOrigin: string): boolean {
  try {
    return new URL(candidate).origin === new URL(toolOrigin).origin;
  } catch {
    return false;
  }
}

/** The OIDC authentication request we redirect the browser to. */
export function buildAuthenticationRequest(
  registration: PlatformRegistration,
  login: LoginInitiation,
  redirectUri: string,
  state: string,
  nonce: string,
): URL {
  const url = new URL(registration.authLoginUrl);
  const params: Record<string, string | undefined> = {
    scope: 'openid',
    response_type: 'id_token',
    response_mode: 'form_post',
    prompt: 'none',
    client_id: registration.clientId,
    redirect_uri: redirectUri,
    login_hint: login.loginHint,
    lti_message_hint: login.ltiMessageHint,
    state,
    nonce,
  };
  for (const [name, value] of Object.entries(params))
    if (value !== undefined) url.searchParams.set(name, value);
  return url;
}
