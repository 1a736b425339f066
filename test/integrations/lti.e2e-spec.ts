import { auth, helloLaterExercise } from '../support/fixtures';
import { HeadlessBrowser } from '../support/headless-browser';
import { startTestApp, type TestApp, type TestUser } from '../support/test-app';
import { until } from '../support/until';
import { MAY_HAVE_MISSED, SIGNALS, type Signals } from '@loopgrade/queue';
import { LtiGradesRepository } from '../../apps/api/src/modules/lti/lti-grades.repository';
import { GradeSyncSweeper } from '../../apps/worker/src/processors/lti-grade-sync/grade-sync-sweeper.service';
import { LAUNCH_URL, PUBLIC_URL, listenAndRegister } from './registered-platform';
import { FakePlatform } from './fake-platform';
import { WebhookReceiver } from './webhook-receiver';

const CORRECT = "setTimeout(() => console.log('hello'), 1000);";
const WRONG = "setTimeout(() => console.log('hello'), 3000);";

describe('LTI 1.3: registration, login, launch, grade passback (AGS) against a fake platform', () => {
  let t: TestApp;
  let platform: FakePlatform;
  let receiver: WebhookReceiver;
  let base: string;
  let teacher: TestUser;
  let counter = 0;

  beforeAll(async () => {
    platform = await FakePlatform.start();
    receiver = await WebhookReceiver.start();
    t = await startTestApp({
      env: {
        PUBLIC_URL,
        WEBHOOK_ALLOW_PRIVATE: 'true',
        WEBHOOK_RETRY_SCHEDULE: '0,300ms,300ms',
        LTI_SERVICE_TIMEOUT: '2s',
      },
    });
    base = await listenAndRegister(t, platform);
    teacher = await t.createUser('teacher');
  }, 180_000);
  afterAll(async () => {
    await t.close();
    await platform.stop();
    await receiver.stop();
  });

  async function publishExercise(): Promise<string> {
    const slug = `lti-${++counter}`;
    await t.http.post('/v1/exercises').set(auth(teacher.token)).send(helloLaterExercise(slug)).expect(201);
    await t.http.post(`/v1/exercises/${slug}/publish`).set(auth(teacher.token)).expect(200);
    return slug;
  }

  /** What a browser does: login initiation, the platform's auth endpoint, then the form-posted launch. */
  async function launchAs(loginHint: string, resourceLinkId: string, custom?: Record<string, string>) {
    platform.launchClaims = {
      'https://purl.imsglobal.org/spec/lti/claim/resource_link': {
        id: resourceLinkId,
        title: `Link ${resourceLinkId}`,
      },
      ...(custom ? { 'https://purl.imsglobal.org/spec/lti/claim/custom': custom } : {}),
    };
    const login = await fetch(
      `${base}/lti/login?${new URLSearchParams({
        iss: platform.issuer,
        login_hint: loginHint,
        target_link_uri: LAUNCH_URL,
        lti_message_hint: 'opaque-hint',
        client_id: platform.clientId,
        lti_deployment_id: platform.deploymentId,
      })}`,
      { redirect: 'manual' },
    );
    expect(login.status).toBe(302);
    const location = new URL(login.headers.get('location')!);
    expect(location.origin + location.pathname).toBe(platform.urls.auth);
    expect(location.searchParams.get('lti_message_hint')).toBe('opaque-hint');
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly; Secure; SameSite=None/);
    const authorized = await fetch(location);
    expect(authorized.status).toBe(200);
    const { id_token, state } = (await authorized.json()) as { id_token: string; state: string };
    return { idToken: id_token, state, cookie: cookie.split(';')[0] };
  }

  async function postLaunch(form: { idToken: string; state: string; cookie?: string }) {
    return fetch(`${base}/lti/launch`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
        ...(form.cookie ? { cookie: form.cookie } : {}),
      },
      body: new URLSearchParams({ id_token: form.idToken, state: form.state }),
    });
  }

  async function submitAndGrade(token: string, slug: string, code: string) {
    const res = await t.http
      .post(`/v1/exercises/${slug}/submissions`)
      .set(auth(token))
      .send({ code })
      .expect(202);
    const done = await t.http.get(`/v1/submissions/${res.body.id}?wait=30`).set(auth(token)).expect(200);
    expect(done.body.status).toBe('graded');
    return done.body as { id: string; result: { score: number } };
  }

  async function syncsOf(slug: string) {
    return (await t.http.get(`/v1/lti/exercises/${slug}/grade-syncs`).set(auth(teacher.token)).expect(200))
      .body as Array<{
      id: string;
      status: string;
      sentScore: number | null;
      lastError: string | null;
      lastStatusCode: number | null;
    }>;
  }

  it('serves the tool key set and the configuration an LMS administrator enters', async () => {
    const jwks = await fetch(`${base}/.well-known/jwks.json`);
    expect(jwks.headers.get('cache-control')).toBe('public, max-age=3600');
    const { keys } = (await jwks.json()) as { keys: Array<Record<string, string>> };
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: expect.any(String) });
    expect(keys[0]).not.toHaveProperty('d');
    const config = await t.http.get('/v1/lti/tool-configuration').set(auth(t.admin.token)).expect(200);
    expect(config.body).toMatchObject({
      oidcLoginUrl: `${PUBLIC_URL}/lti/login`,
      redirectUris: [LAUNCH_URL],
      publicJwkUrl: `${PUBLIC_URL}/.well-known/jwks.json`,
    });
    await t.http.get('/v1/lti/platforms').set(auth(teacher.token)).expect(403);
  });

  it('publishes a next tool key before it signs (rotation step)', async () => {
    const before = (await (await fetch(`${base}/.well-known/jwks.json`)).json()) as {
      keys: Array<{ kid: string }>;
    };
    const rotated = await t.http.post('/v1/lti/keys/rotate').set(auth(t.admin.token)).send({}).expect(200);
    expect(rotated.body.keys.map((key: { kid: string }) => key.kid)).toEqual([
      before.keys[0].kid,
      expect.any(String),
    ]);
    await t.http.post('/v1/lti/keys/rotate').set(auth(teacher.token)).send({}).expect(403);
  });

  it('login -> launch -> submit -> graded -> the LMS receives the score', async () => {
    const slug = await publishExercise();
    const launch = await postLaunch(await launchAs('student-1', 'link-e2e', { exercise_id: slug }));
    expect(launch.status).toBe(200);
    const session = (await launch.json()) as {
      token: string;
      user: { role: string };
      exercise: { slug: string };
      gradePassback: boolean;
    };
    expect(session).toMatchObject({ user: { role: 'student' }, exercise: { slug }, gradePassback: true });

    await submitAndGrade(session.token, slug, CORRECT);
    const score = await until(async () =>
      platform.scores.find((s) => s.body.userId === 'lms-student-1' && s.body.scoreGiven === 100),
    );
    expect(score.query).toBe('?type_id=3');
    expect(score.body).toMatchObject({
      scoreMaximum: 100,
      activityProgress: 'Completed',
      gradingProgress: 'FullyGraded',
    });
    const item = platform.lineItems.get(score.lineItemId)!;
    expect(item).toMatchObject({ resourceLinkId: 'link-e2e', scoreMaximum: 100 });

    const [sync] = await until(async () => {
      const syncs = await syncsOf(slug);
      return syncs[0]?.status === 'synced' && syncs;
    });
    expect(sync).toMatchObject({ sentScore: 100, lastError: null });
  });

  it("tells the other processes about a student's first graded launch only", async () => {
    const slug = await publishExercise();
    const signals = t.app.get<Signals>(SIGNALS);
    let changes = 0;
    signals.subscribe('integrations-changed', (message) => {
      if (message !== MAY_HAVE_MISSED) changes++;
    });
    let marker = '';
    signals.subscribe('submission-finished', (message) => (marker = message));
    /** Notices arrive in order: once a marker sent after the launch is back, any notice of it is too. */
    async function changesDuring(launch: () => Promise<Response>): Promise<number> {
      const before = changes;
      expect((await launch()).status).toBe(200);
      const sent = `marker-${++counter}`;
      await until(async () => {
        await signals.publish('submission-finished', sent);
        return marker === sent;
      });
      return changes - before;
    }

    const first = () => launchAs('student-2', 'link-presence', { exercise_id: slug }).then(postLaunch);
    expect(await changesDuring(first)).toBe(1);
    expect(await changesDuring(first)).toBe(0);
  });

  it('refuses a launch without the state cookie, and a replayed state', async () => {
    const form = await launchAs('student-2', 'link-refusals');
    const noCookie = await postLaunch({ ...form, cookie: undefined });
    expect(noCookie.status).toBe(401);
    const fresh = await launchAs('student-2', 'link-refusals');
    expect((await postLaunch(fresh)).status).toBe(200);
    const replay = await postLaunch(fresh);
    expect(replay.status).toBe(401);
    expect(((await replay.json()) as { detail: string }).detail).toBe(
      'LTI launch refused: unknown, expired or used state',
    );
  });

  it('accepts login initiation by POST too, and refuses an unknown issuer', async () => {
    const login = await fetch(`${base}/lti/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        iss: platform.issuer,
        login_hint: 'student-1',
        target_link_uri: LAUNCH_URL,
      }),
    });
    expect(login.status).toBe(302);
    const unknown = await fetch(
      `${base}/lti/login?iss=https://other.test&login_hint=x&target_link_uri=${LAUNCH_URL}`,
      { redirect: 'manual' },
    );
    expect(unknown.status).toBe(400);
  });

  it('lets an instructor pick the exercise of an unbound link; the test student never passes grades back', async () => {
    const slug = await publishExercise();
    const teacherLaunch = await postLaunch(await launchAs('teacher-1', 'link-picker'));
    const session = (await teacherLaunch.json()) as {
      token: string;
      resourceLink: { id: string };
      exercise: null;
      picker: Array<{ slug: string; id: string }>;
    };
    expect(session.exercise).toBeNull();
    const choice = session.picker.find((exercise) => exercise.slug === slug)!;
    await t.http
      .put(`/v1/lti/resource-links/${session.resourceLink.id}/exercise`)
      .set(auth(session.token))
      .send({ exerciseId: choice.id })
      .expect(200);

    const preview = (await (await postLaunch(await launchAs('test-user', 'link-picker'))).json()) as {
      exercise: { slug: string };
      gradePassback: boolean;
    };
    expect(preview).toMatchObject({ exercise: { slug }, gradePassback: false });
  });

  it('the instructor picker page, in a real browser, binds the link to the exercise clicked', async () => {
    const slug = await publishExercise();
    const form = await launchAs('teacher-1', 'link-browser-picker');
    const page = await fetch(`${base}/lti/launch`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
        cookie: form.cookie,
      },
      body: new URLSearchParams({ id_token: form.idToken, state: form.state }),
    });
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const browser = await HeadlessBrowser.launch();
    try {
      // Any HTML page of the API gives the launch page its origin, as the LMS frame would.
      await browser.openHtmlAt(`${base}/docs`, await page.text());
      const buttons = await browser.evaluate<string[]>(
        `[...document.querySelectorAll('#picker button')].map((b) => b.textContent)`,
      );
      expect(buttons).toContain(`Hello, later (${slug})`);
      await browser.evaluate(
        `[...document.querySelectorAll('#picker button')].find((b) => b.textContent.endsWith('(${slug})')).click()`,
      );
      const text = await until(async () => {
        const body = await browser.evaluate<string>('document.body.textContent');
        return body.includes('Saved') ? body : undefined;
      });
      expect(text).toContain('Saved: students now open this exercise.');
    } finally {
      await browser.close();
    }
    const student = (await (await postLaunch(await launchAs('student-1', 'link-browser-picker'))).json()) as {
      exercise: { slug: string };
    };
    expect(student.exercise.slug).toBe(slug);
  });

  it('retries a score the LMS refused with 503, and reports a permanent 422 as grade_sync.failed; resend recovers', async () => {
    const failures = await t.http
      .post('/v1/webhook-endpoints')
      .set(auth(teacher.token))
      .send({ url: receiver.url('/grade-failures'), filterTypes: ['grade_sync.failed'] })
      .expect(201);
    const slug = await publishExercise();
    const session = (await (
      await postLaunch(await launchAs('student-2', 'link-failures', { exercise_id: slug }))
    ).json()) as { token: string };

    platform.failNext('scores', { status: 503 });
    await submitAndGrade(session.token, slug, WRONG);
    const retried = await until(async () => (await syncsOf(slug)).find((sync) => sync.status === 'synced'));
    expect(retried.sentScore).toBeLessThan(100);

    platform.failNext('scores', {
      status: 422,
      body: '{"error":"User not found in course or is not a student"}',
    });
    await submitAndGrade(session.token, slug, CORRECT);
    const failed = await until(async () => (await syncsOf(slug)).find((sync) => sync.status === 'failed'));
    expect(failed).toMatchObject({
      lastStatusCode: 422,
      lastError: expect.stringContaining('User not found in course'),
    });
    const [event] = await receiver.waitFor('/grade-failures', 'grade_sync.failed');
    expect(event.payload.data).toMatchObject({ gradeSyncId: failed.id, statusCode: 422 });
    expect(WebhookReceiver.verifies(event, failures.body.secret)).toBe(true);

    await t.http.post(`/v1/lti/grade-syncs/${failed.id}/resend`).set(auth(teacher.token)).expect(202);
    const recovered = await until(async () =>
      (await syncsOf(slug)).find((sync) => sync.status === 'synced' && sync.sentScore === 100),
    );
    expect(recovered.lastError).toBeNull();
  });

  it('holds scores under a manual policy until the teacher sends them, and keeps the best one', async () => {
    const slug = await publishExercise();
    await t.http
      .put(`/v1/lti/exercises/${slug}/grade-policy`)
      .set(auth(teacher.token))
      .send({ mode: 'manual', aggregate: 'best' })
      .expect(200);
    const session = (await (
      await postLaunch(await launchAs('student-1', 'link-manual', { exercise_id: slug }))
    ).json()) as { token: string };
    const scoresBefore = platform.scores.length;
    await submitAndGrade(session.token, slug, CORRECT);
    const ready = await until(async () => (await syncsOf(slug)).find((sync) => sync.status === 'ready'));
    expect(platform.scores.length).toBe(scoresBefore);

    const sent = await t.http
      .post(`/v1/lti/exercises/${slug}/grade-syncs/send`)
      .set(auth(teacher.token))
      .send({})
      .expect(202);
    expect(sent.body).toEqual({ queued: 1 });
    await until(async () =>
      (await syncsOf(slug)).find((sync) => sync.id === ready.id && sync.status === 'synced'),
    );
    expect(platform.scores.at(-1)!.body).toMatchObject({ userId: 'lms-student-1', scoreGiven: 100 });

    // Policy "best": a worse later submission changes nothing in the LMS.
    const scoresAfterSend = platform.scores.length;
    const worse = await submitAndGrade(session.token, slug, WRONG);
    expect(worse.result.score).toBeLessThan(100);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(platform.scores.length).toBe(scoresAfterSend);
    expect((await syncsOf(slug))[0]).toMatchObject({ status: 'synced', sentScore: 100 });
  });

  it('re-queues a due score whose job was lost', async () => {
    const slug = await publishExercise();
    await t.http
      .put(`/v1/lti/exercises/${slug}/grade-policy`)
      .set(auth(teacher.token))
      .send({ mode: 'manual', aggregate: 'latest' })
      .expect(200);
    const session = (await (
      await postLaunch(await launchAs('student-2', 'link-lost-job', { exercise_id: slug }))
    ).json()) as { token: string };
    await submitAndGrade(session.token, slug, CORRECT);
    const ready = await until(async () => (await syncsOf(slug)).find((sync) => sync.status === 'ready'));
    // Due a minute ago with no job behind it: what a Redis flush leaves.
    await t.app.get(LtiGradesRepository).requeue([ready.id], new Date(Date.now() - 60_000));
    expect(await t.resolve(GradeSyncSweeper).sweep()).toBeGreaterThanOrEqual(1);
    await until(async () =>
      (await syncsOf(slug)).find((sync) => sync.id === ready.id && sync.status === 'synced'),
    );
    expect(platform.scores.at(-1)!.body).toMatchObject({ userId: 'lms-student-2', scoreGiven: 100 });
  });
});
