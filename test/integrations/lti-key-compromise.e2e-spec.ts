import { auth, helloLaterExercise } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { until } from '../support/until';
import { FakePlatform } from './fake-platform';
import { CLAIM, LmsBrowser, placement } from './lms-browser';
import { PUBLIC_URL, listenAndRegister } from './registered-platform';

describe('LTI tool keys: rotation after a compromise', () => {
  let t: TestApp;
  let platform: FakePlatform;
  let base: string;
  let browser: LmsBrowser;

  beforeAll(async () => {
    platform = await FakePlatform.start();
    t = await startTestApp({ env: { PUBLIC_URL } });
    base = await listenAndRegister(t, platform);
    browser = new LmsBrowser(base, platform);
  }, 180_000);
  afterAll(async () => {
    await t.close();
    await platform.stop();
  });

  async function publishedKids(): Promise<string[]> {
    const { keys } = (await (await fetch(`${base}/.well-known/jwks.json`)).json()) as {
      keys: Array<{ kid: string }>;
    };
    return keys.map((key) => key.kid);
  }

  it('stops publishing every earlier key at once, and the fresh key is the one that signs', async () => {
    await t.http.post('/v1/lti/keys/rotate').set(auth(t.admin.token)).send({}).expect(200);
    const earlier = await publishedKids();
    expect(earlier).toHaveLength(2);

    const rotated = await t.http
      .post('/v1/lti/keys/rotate')
      .set(auth(t.admin.token))
      .send({ immediate: true })
      .expect(200);
    const published = await publishedKids();
    expect(published).toHaveLength(1);
    expect(earlier).not.toContain(published[0]);
    expect(rotated.body.keys.map((key: { kid: string }) => key.kid)).toEqual(published);

    // The fake LMS checks our client assertion against this key set: a score goes through only if
    // the fresh key signed it.
    const teacher = await t.createUser('teacher');
    await t.http.post('/v1/exercises').set(auth(teacher.token)).send(helloLaterExercise('keyed')).expect(201);
    await t.http.post('/v1/exercises/keyed/publish').set(auth(teacher.token)).expect(200);
    const session = await browser.launch('student-1', {
      ...placement('keyed-link', 'course-1'),
      [`${CLAIM}custom`]: { exercise_id: 'keyed' },
    });
    const submitted = await t.http
      .post('/v1/exercises/keyed/submissions')
      .set(auth(session.token))
      .send({ code: "setTimeout(() => console.log('hello'), 1000);" })
      .expect(202);
    await t.http.get(`/v1/submissions/${submitted.body.id}?wait=30`).set(auth(session.token)).expect(200);
    await until(async () => platform.scores.some((score) => score.body.userId === 'lms-student-1'));
  });
});
