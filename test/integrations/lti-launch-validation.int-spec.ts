import {
  InMemoryLoginStateStore,
  InMemoryNonceStore,
  LaunchValidator,
  LtiLaunchError,
  PlatformKeySets,
  randomToken,
  type Clock,
  type PlatformRegistration,
} from '@loopgrade/integrations';
import type { JWTPayload } from 'jose';
import { FakePlatform, type SignOptions } from './fake-platform';

const TOOL_ORIGIN = 'https://tool.loopgrade.test';
const C = 'https://purl.imsglobal.org/spec/lti/claim/';

describe('LTI 1.3 launch validation against a fake platform', () => {
  let platform: FakePlatform;
  let registration: PlatformRegistration;
  let states: InMemoryLoginStateStore;
  let clock: { now: () => Date };

  beforeAll(async () => {
    platform = await FakePlatform.start();
    platform.targetLinkUri = `${TOOL_ORIGIN}/lti/launch`;
    registration = {
      id: 'registration-1',
      ...platform.registration,
    };
  });
  afterAll(() => platform.stop());
  beforeEach(() => {
    states = new InMemoryLoginStateStore();
    clock = { now: () => new Date() };
  });

  function validator(keySets = new PlatformKeySets(), nonces = new InMemoryNonceStore()) {
    return new LaunchValidator({
      states,
      nonces,
      keySets,
      clock: clock as Clock,
      toolOrigin: TOOL_ORIGIN,
      findRegistration: async (id) => (id === registration.id ? registration : null),
    });
  }

  async function login(nonce = randomToken(), deploymentIdHint?: string) {
    const state = randomToken();
    await states.save({
      state,
      nonce,
      registrationId: registration.id,
      deploymentIdHint,
      targetLinkUri: platform.targetLinkUri,
      expiresAt: new Date(Date.now() + 300_000),
    });
    return { state, nonce };
  }

  async function idToken(
    nonce: string,
    overrides: JWTPayload = {},
    options: SignOptions = {},
    signedAt?: Date,
  ) {
    return platform.signIdToken(
      platform.launchPayload(platform.users.get('student-1')!, nonce, overrides),
      options,
      signedAt,
    );
  }

  async function launch(overrides: JWTPayload = {}, options: SignOptions = {}, v = validator()) {
    const { state, nonce } = await login();
    return v.validate({ idToken: await idToken(nonce, overrides, options), state, stateCookiePresent: true });
  }

  async function refusal(promise: Promise<unknown>): Promise<string> {
    const error = await promise.then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(LtiLaunchError);
    return (error as LtiLaunchError).reason;
  }

  it('accepts a well-formed launch and returns only the validated facts', async () => {
    const result = await launch({ [`${C}custom`]: { exercise_id: 'ex-1', ignored: 3 } });
    expect(result).toMatchObject({
      issuer: platform.issuer,
      clientId: platform.clientId,
      deploymentId: platform.deploymentId,
      subject: 'lms-student-1',
      name: 'Ada Student',
      roles: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'],
      resourceLink: { id: 'resource-link-1', title: 'Event loop quiz' },
      context: { id: 'course-1', label: 'JS101' },
      custom: { exercise_id: 'ex-1' },
      ags: { lineitems: platform.urls.lineItems },
    });
  });

  it('refuses a token signed by a key the platform never published', async () => {
    expect(await refusal(launch({}, { foreignKey: true }))).toMatch(/signature verification failed/);
  });

  it.each([['none'], ['HS256']] as const)('refuses alg %s', async (alg) => {
    expect(await refusal(launch({}, { alg }))).toBe(`alg ${alg} is not allowed`);
  });

  it('refuses a replayed state', async () => {
    const { state, nonce } = await login();
    const token = await idToken(nonce);
    const v = validator();
    await v.validate({ idToken: token, state, stateCookiePresent: true });
    expect(await refusal(v.validate({ idToken: token, state, stateCookiePresent: true }))).toBe(
      'unknown, expired or used state',
    );
  });

  it('refuses a replayed nonce even under a fresh state', async () => {
    const nonces = new InMemoryNonceStore();
    const first = await login();
    const second = await login(first.nonce);
    const token = await idToken(first.nonce);
    await validator(undefined, nonces).validate({
      idToken: token,
      state: first.state,
      stateCookiePresent: true,
    });
    const reason = await refusal(
      validator(undefined, nonces).validate({
        idToken: token,
        state: second.state,
        stateCookiePresent: true,
      }),
    );
    expect(reason).toBe('nonce replayed');
  });

  it('refuses a nonce that is not the one issued at login', async () => {
    const { state } = await login();
    const token = await idToken('some-other-nonce');
    expect(await refusal(validator().validate({ idToken: token, state, stateCookiePresent: true }))).toBe(
      'nonce does not match the login',
    );
  });

  it('refuses a state without its browser cookie, and an expired state', async () => {
    const { state, nonce } = await login();
    const token = await idToken(nonce);
    expect(await refusal(validator().validate({ idToken: token, state, stateCookiePresent: false }))).toBe(
      'state not bound to this browser',
    );
    const later = await login();
    clock.now = () => new Date(Date.now() + 301_000);
    expect(
      await refusal(
        validator().validate({
          idToken: await idToken(later.nonce),
          state: later.state,
          stateCookiePresent: true,
        }),
      ),
    ).toBe('unknown, expired or used state');
  });

  it('refuses an expired token and one issued in the future', async () => {
    const issued = Math.floor(Date.now() / 1000);
    expect(await refusal(launch({ iat: issued - 400, exp: issued - 100 }))).toMatch(
      /"exp" claim timestamp check failed/,
    );
    expect(await refusal(launch({ iat: issued + 120, exp: issued + 400 }))).toMatch(
      /"iat" claim timestamp check failed/,
    );
  });

  it('refuses a wrong audience, and several audiences without our azp', async () => {
    expect(await refusal(launch({ aud: 'someone-else' }))).toMatch(/unexpected "aud" claim value/);
    expect(await refusal(launch({ aud: [platform.clientId, 'other'], azp: undefined }))).toBe(
      'several audiences and azp is not our client_id',
    );
    await expect(
      launch({ aud: [platform.clientId, 'other'], azp: platform.clientId }),
    ).resolves.toBeDefined();
  });

  it('refuses a wrong issuer', async () => {
    expect(await refusal(launch({ iss: 'https://evil.test' }))).toMatch(/unexpected "iss" claim value/);
  });

  it('refuses an unknown deployment, and one that differs from the login hint', async () => {
    expect(await refusal(launch({ [`${C}deployment_id`]: 'deployment-unknown' }))).toBe('unknown deployment');
    const { state, nonce } = await login(randomToken(), 'deployment-2');
    const token = await idToken(nonce);
    expect(await refusal(validator().validate({ idToken: token, state, stateCookiePresent: true }))).toBe(
      'deployment differs from login',
    );
  });

  it.each([
    ['version 1.1', { [`${C}version`]: '1.1' }, 'LTI version is not 1.3.0'],
    ['a deep linking message', { [`${C}message_type`]: 'LtiDeepLinkingRequest' }, 'unsupported message type'],
    ['no sub', { sub: undefined }, 'anonymous launch (no sub)'],
    ['no roles', { [`${C}roles`]: undefined }, 'roles missing'],
    ['a resource link without id', { [`${C}resource_link`]: { title: 'no id' } }, 'resource link id missing'],
    [
      'a foreign target_link_uri',
      { [`${C}target_link_uri`]: 'https://elsewhere.test/lti/launch' },
      'target_link_uri is not ours',
    ],
  ])('refuses %s', async (_label, overrides, reason) => {
    expect(await refusal(launch(overrides))).toBe(reason);
  });

  it('refetches the platform key set once when the platform rotates to a new kid', async () => {
    const keySets = new PlatformKeySets({ cacheMaxAgeMs: 600_000, cooldownMs: 0, timeoutMs: 2_000 });
    await launch({}, {}, validator(keySets));
    const fetches = platform.jwksFetches;
    await platform.rotateKey();
    await expect(launch({}, {}, validator(keySets))).resolves.toBeDefined();
    expect(platform.jwksFetches).toBe(fetches + 1);
    await launch({}, {}, validator(keySets));
    expect(platform.jwksFetches).toBe(fetches + 1);
  });

  it('rate-limits refetches: an unknown kid inside the cooldown is refused without a fetch', async () => {
    const keySets = new PlatformKeySets({ cacheMaxAgeMs: 600_000, cooldownMs: 60_000, timeoutMs: 2_000 });
    await launch({}, {}, validator(keySets));
    const fetches = platform.jwksFetches;
    await platform.rotateKey();
    expect(await refusal(launch({}, {}, validator(keySets)))).toMatch(/no applicable key found/);
    expect(platform.jwksFetches).toBe(fetches);
  });
});
