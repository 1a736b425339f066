import type { JWTPayload } from 'jose';
import { auth, helloLaterExercise } from '../support/fixtures';
import { startTestApp, type TestApp, type TestUser } from '../support/test-app';
import { PUBLIC_URL, listenAndRegister } from './registered-platform';
import { FakePlatform, ROLE } from './fake-platform';
import { CLAIM, LmsBrowser } from './lms-browser';
const AGS_ENDPOINT = 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint';

/** What a reviewer sent to the LTI routes: NUL characters, huge forms, odd claims, someone else's placement. */
describe('LTI: hostile input gets a 4xx problem, and placements stay their owners’', () => {
  let t: TestApp;
  let platform: FakePlatform;
  let browser: LmsBrowser;
  let counter = 0;

  beforeAll(async () => {
    platform = await FakePlatform.start();
    platform.users.set('teacher-2', {
      sub: 'lms-teacher-2',
      name: 'Theo Teacher',
      email: 'theo@school.test',
      roles: [ROLE.instructor],
    });
    t = await startTestApp({ env: { PUBLIC_URL } });
    browser = new LmsBrowser(await listenAndRegister(t, platform), platform);
  }, 180_000);
  afterAll(async () => {
    await t.close();
    await platform.stop();
  });

  /** Login initiation, the platform's auth endpoint (signing `claims` into the id_token), the launch. */
  async function launch(loginHint: string, resourceLinkId: string, claims: Record<string, unknown> = {}) {
    const form = await browser.login(loginHint, {
      [`${CLAIM}resource_link`]: { id: resourceLinkId, title: resourceLinkId },
      ...(claims as JWTPayload),
    });
    return browser.post(form);
  }

  async function session(loginHint: string, resourceLinkId: string) {
    const res = await launch(loginHint, resourceLinkId);
    expect(res.status).toBe(200);
    return (await res.json()) as {
      token: string;
      resourceLink: { id: string };
      exercise: { slug: string } | null;
      picker: Array<{ id: string; slug: string }> | null;
    };
  }

  /** Creates an exercise; its id (which the API shows only in the picker) from teacher-1's picker. */
  async function exerciseOf(owner: { token: string }, publish = true): Promise<{ id: string; slug: string }> {
    const slug = `lti-hostile-${++counter}`;
    await t.http.post('/v1/exercises').set(auth(owner.token)).send(helloLaterExercise(slug)).expect(201);
    if (publish) await t.http.post(`/v1/exercises/${slug}/publish`).set(auth(owner.token)).expect(200);
    const { picker } = await session('teacher-1', `link-picker-${counter}`);
    return { id: picker!.find((exercise) => exercise.slug === slug)!.id, slug };
  }

  const bind = (token: string, linkId: string, exerciseId: string) =>
    t.http.put(`/v1/lti/resource-links/${linkId}/exercise`).set(auth(token)).send({ exerciseId });

  describe('NUL characters on the unauthenticated routes are a 400', () => {
    it('GET /lti/login?iss=a%00b', async () => {
      const res = await t.http.get('/lti/login?iss=a%00b&login_hint=x&target_link_uri=https://x.test');
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { field: 'iss', message: 'iss must not contain a NUL character (U+0000)' },
      ]);
    });

    it.each(['/lti/login', '/lti/launch'])('POST %s with a NUL in a form field', async (path) => {
      const res = await t.http
        .post(path)
        .type('form')
        .send(`iss=${encodeURIComponent(platform.issuer)}&login_hint=x&id_token=t&state=a%00b`);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { field: 'state', message: 'state must not contain a NUL character (U+0000)' },
      ]);
    });
  });

  it.each(['/lti/login', '/lti/launch'])(
    'a form over 64 KB to %s is answered with a 413 problem',
    async (path) => {
      const res = await t.http
        .post(path)
        .type('form')
        .set('X-Request-Id', 'big-form')
        .send(`state=${'x'.repeat(100 * 1024)}`);
      expect(res.status).toBe(413);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 413, detail: 'Form body is larger than the 64 KB limit' });
      expect(res.body.requestId).toBe('big-form');
    },
  );

  describe('a validly signed id_token with malformed claims is refused with a 401 that says why', () => {
    it.each([
      ['sub is a number', { sub: 42 }, 'sub is not a string'],
      ['sub is an object', { sub: { id: 'x' } }, 'sub is not a string'],
      [
        'AGS scope is not a list',
        { [AGS_ENDPOINT]: { scope: 'score', lineitems: 'https://x.test' } },
        'AGS endpoint claim has no list of scopes',
      ],
      [
        'AGS scopes are not strings',
        { [AGS_ENDPOINT]: { scope: [1] } },
        'AGS endpoint claim has no list of scopes',
      ],
      [
        'AGS claim is a string',
        { [AGS_ENDPOINT]: 'https://x.test' },
        'AGS endpoint claim has no list of scopes',
      ],
      [
        'AGS line item is a number',
        { [AGS_ENDPOINT]: { scope: [], lineitem: 7 } },
        'AGS endpoint claim has a line item URL that is not a string',
      ],
      ['a NUL in the name', { name: 'Ada\u0000' }, 'a claim contains a NUL character'],
      ['a NUL in the sub', { sub: 'lms\u0000' }, 'a claim contains a NUL character'],
      [
        'a NUL in a custom parameter',
        { [`${CLAIM}custom`]: { exercise_id: 'a\u0000' } },
        'a claim contains a NUL character',
      ],
    ])('%s', async (_name, claims, reason) => {
      const res = await launch('student-1', `link-claims-${++counter}`, claims);
      expect(res.status).toBe(401);
      expect(((await res.json()) as { detail: string }).detail).toBe(`LTI launch refused: ${reason}`);
    });
  });

  describe('binding a placement to an exercise', () => {
    let owner: { token: string };
    let outsider: TestUser;

    beforeAll(async () => {
      owner = await session('teacher-1', 'link-owner-setup');
      outsider = await t.createUser('teacher');
    });

    it('a bound placement: only its exercise’s owner or an admin may rebind it; grade syncs stay', async () => {
      const mine = await exerciseOf(owner, false);
      const link = (await session('teacher-1', 'link-bound')).resourceLink.id;
      await bind(owner.token, link, mine.id).expect(200);
      await launch('student-1', 'link-bound');

      const theirs = await exerciseOf(outsider);
      const colleague = await session('teacher-2', 'link-bound');
      for (const token of [outsider.token, colleague.token]) {
        const res = await bind(token, link, theirs.id);
        expect(res.status).toBe(404);
        expect(res.body.detail).toBe('Resource link not found');
      }
      const syncs = await t.http
        .get(`/v1/lti/exercises/${mine.slug}/grade-syncs`)
        .set(auth(owner.token))
        .expect(200);
      expect(syncs.body).toHaveLength(1);
      expect((await session('teacher-1', 'link-bound')).exercise?.slug).toBe(mine.slug);

      await bind(t.admin.token, link, theirs.id).expect(200);
      expect((await session('teacher-1', 'link-bound')).exercise?.slug).toBe(theirs.slug);
    });

    it('an unbound placement: whoever launched it as an instructor may bind it (the picker), nobody else', async () => {
      const published = await exerciseOf(outsider);
      const link = (await session('teacher-2', 'link-unbound')).resourceLink.id;
      // A teacher of the same LMS who never launched this link is an outsider to it.
      for (const token of [outsider.token, owner.token])
        expect((await bind(token, link, published.id)).status).toBe(404);
      const launcher = await session('teacher-1', 'link-unbound');
      await bind(launcher.token, link, published.id).expect(200);
      expect((await session('teacher-2', 'link-unbound')).exercise?.slug).toBe(published.slug);
    });
  });
});
