import { auth, helloLaterExercise } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { FakePlatform, ROLE } from './fake-platform';
import { LmsBrowser, placement } from './lms-browser';
import { PUBLIC_URL, listenAndRegister } from './registered-platform';

const TEACHING_ASSISTANT = 'http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant';

describe('LTI: what a launch may do to a placement follows the roles in its own course', () => {
  let t: TestApp;
  let platform: FakePlatform;
  let browser: LmsBrowser;

  beforeAll(async () => {
    platform = await FakePlatform.start();
    platform.users.set('grad', { sub: 'lms-grad', name: 'Gus Grad', email: 'gus@school.test', roles: [] });
    t = await startTestApp({ env: { PUBLIC_URL } });
    browser = new LmsBrowser(await listenAndRegister(t, platform), platform);
  }, 180_000);
  afterAll(async () => {
    await t.close();
    await platform.stop();
  });

  /** Publishes an exercise of the token's owner; its id comes from a picker (exercise views carry none). */
  async function ownExercise(token: string, slug: string): Promise<string> {
    await t.http.post('/v1/exercises').set(auth(token)).send(helloLaterExercise(slug)).expect(201);
    await t.http.post(`/v1/exercises/${slug}/publish`).set(auth(token)).expect(200);
    const { picker } = await browser.launch('teacher-1', placement(`lookup-${slug}`, 'course-lookup'));
    return picker!.find((exercise) => exercise.slug === slug)!.id;
  }

  it("a TA in one course is a Learner in another: no picker there, and binding that course's link is refused", async () => {
    const asTa = await browser.launch('grad', placement('x-link', 'course-x', [TEACHING_ASSISTANT]));
    expect(asTa.picker).not.toBeNull();
    const own = await ownExercise(asTa.token, 'gus-own');

    const asLearner = await browser.launch('grad', placement('y-link', 'course-y', [ROLE.learner]));
    expect(asLearner).toMatchObject({ exercise: null, picker: null });
    await t.http
      .put(`/v1/lti/resource-links/${asLearner.resourceLink.id}/exercise`)
      .set(auth(asLearner.token))
      .send({ exerciseId: own })
      .expect(404);

    // Course Y's instructor still finds the link unbound and binds it.
    const instructor = await browser.launch('teacher-1', placement('y-link', 'course-y'));
    expect(instructor.picker).not.toBeNull();
    const theirs = await ownExercise(instructor.token, 'tess-own');
    await t.http
      .put(`/v1/lti/resource-links/${instructor.resourceLink.id}/exercise`)
      .set(auth(instructor.token))
      .send({ exerciseId: theirs })
      .expect(200);
    const classmate = await browser.launch('student-2', placement('y-link', 'course-y'));
    expect(classmate.exercise?.slug).toBe('tess-own');
  });

  it('binding an unbound link needs an instructor launch of that link, and the latest launch counts', async () => {
    const elsewhere = await browser.launch('grad', placement('z-other', 'course-z', [TEACHING_ASSISTANT]));
    const exercise = await ownExercise(elsewhere.token, 'gus-z');
    // Never launched z-link: a teacher account and an instructor launch in the same course are not enough.
    const asInstructor = await browser.launch('teacher-1', placement('z-link', 'course-z'));
    await t.http
      .put(`/v1/lti/resource-links/${asInstructor.resourceLink.id}/exercise`)
      .set(auth(elsewhere.token))
      .send({ exerciseId: exercise })
      .expect(404);

    await browser.launch('grad', placement('z-link', 'course-z', [TEACHING_ASSISTANT]));
    const demoted = await browser.launch('grad', placement('z-link', 'course-z', [ROLE.learner]));
    expect(demoted.picker).toBeNull();
    await t.http
      .put(`/v1/lti/resource-links/${demoted.resourceLink.id}/exercise`)
      .set(auth(demoted.token))
      .send({ exerciseId: exercise })
      .expect(404);

    const again = await browser.launch('grad', placement('z-link', 'course-z', [TEACHING_ASSISTANT]));
    await t.http
      .put(`/v1/lti/resource-links/${again.resourceLink.id}/exercise`)
      .set(auth(again.token))
      .send({ exerciseId: exercise })
      .expect(200);
  });

  it('sets the state cookie Partitioned, and a launch refused for a missing cookie can still finish', async () => {
    const form = await browser.login('student-1', placement('cookie-link', 'course-x'));
    expect(form.setCookie).toMatch(/; HttpOnly; Secure; SameSite=None; Partitioned$/);
    const withoutCookie = await browser.post(form, false);
    expect(withoutCookie.status).toBe(401);
    expect(((await withoutCookie.json()) as { detail: string }).detail).toBe(
      'LTI launch refused: state not bound to this browser',
    );
    expect((await browser.post(form)).status).toBe(200);
    expect((await browser.post(form)).status).toBe(401);
  });
});
