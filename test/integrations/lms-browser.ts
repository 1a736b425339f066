import type { JWTPayload } from 'jose';
import type { FakePlatform } from './fake-platform';
import { LAUNCH_URL } from './registered-platform';

export const CLAIM = 'https://purl.imsglobal.org/spec/lti/claim/';

/** What the launch answers with `Accept: application/json`. */
export interface LaunchSession {
  token: string;
  user: { id: string; role: string };
  resourceLink: { id: string };
  exercise: { id: string; slug: string } | null;
  gradePassback: boolean;
  picker: Array<{ id: string; slug: string }> | null;
}

export interface LaunchForm {
  idToken: string;
  state: string;
  /** The whole Set-Cookie header the login answered with. */
  setCookie: string;
}

/**
 * A browser inside the LMS frame: login initiation, the platform's auth endpoint, then the form post
 * to /lti/launch, with the state cookie sent back explicitly.
 */
export class LmsBrowser {
  constructor(
    private readonly base: string,
    private readonly platform: FakePlatform,
  ) {}

  /** Logs `loginHint` in; `claims` replace the fake platform's launch claims for this launch. */
  async login(loginHint: string, claims: JWTPayload = {}): Promise<LaunchForm> {
    this.platform.launchClaims = claims;
    const login = await fetch(
      `${this.base}/lti/login?${new URLSearchParams({
        iss: this.platform.issuer,
        login_hint: loginHint,
        target_link_uri: LAUNCH_URL,
        client_id: this.platform.clientId,
      })}`,
      { redirect: 'manual' },
    );
    if (login.status !== 302) throw new Error(`login answered ${login.status}: ${await login.text()}`);
    const authorized = await fetch(new URL(login.headers.get('location')!));
    const { id_token, state } = (await authorized.json()) as { id_token: string; state: string };
    return { idToken: id_token, state, setCookie: login.headers.get('set-cookie')! };
  }

  /** Posts the launch form, with the state cookie unless `withCookie` is false. */
  post(form: LaunchForm, withCookie = true): Promise<Response> {
    return fetch(`${this.base}/lti/launch`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
        ...(withCookie ? { cookie: form.setCookie.split(';')[0] } : {}),
      },
      body: new URLSearchParams({ id_token: form.idToken, state: form.state }),
    });
  }

  /** A whole successful launch. */
  async launch(loginHint: string, claims: JWTPayload = {}): Promise<LaunchSession> {
    const response = await this.post(await this.login(loginHint, claims));
    if (response.status !== 200)
      throw new Error(`launch answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as LaunchSession;
  }
}

/** Launch claims for a placement in a course, with the launcher's roles there. */
export function placement(linkId: string, courseId: string, roles?: string[]): JWTPayload {
  return {
    [`${CLAIM}resource_link`]: { id: linkId, title: linkId },
    [`${CLAIM}context`]: { id: courseId, title: courseId },
    ...(roles ? { [`${CLAIM}roles`]: roles } : {}),
  };
}
