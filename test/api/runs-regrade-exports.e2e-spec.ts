import { auth, helloLaterExercise } from '../support/fixtures';
import { startTestApp, TestApp, TestUser } from '../support/test-app';

describe('practice runs, trying a draft, regrades and export formats', () => {
  let t: TestApp;
  let teacher: TestUser;
  let student: TestUser;
  const slug = 'hello-later';

  beforeAll(async () => {
    t = await startTestApp({ env: { SUBMISSION_RATE_PER_MINUTE: '30' } });
    teacher = await t.createUser('teacher');
    student = await t.createUser('student');
    await t.http.post('/v1/exercises').set(auth(teacher.token)).send(helloLaterExercise(slug)).expect(201);
    await t.http.post(`/v1/exercises/${slug}/publish`).set(auth(teacher.token)).expect(200);
  });
  afterAll(() => t.close());

  it('POST /v1/runs returns the raw timeline on virtual time', async () => {
    const res = await t.http
      .post('/v1/runs')
      .set(auth(student.token))
      .send({ code: "setTimeout(() => console.log('late'), 3600000); console.log('now');" })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'ok', exitCode: 0, virtualTimeMs: 3600000 });
    expect(res.body.events).toEqual([
      { t: 0, stream: 'stdout', text: 'now' },
      { t: 3600000, stream: 'stdout', text: 'late' },
    ]);
  });

  it('a hostile practice run is a verdict, not an error', async () => {
    const res = await t.http
      .post('/v1/runs')
      .set(auth(student.token))
      .send({ code: 'while (true) {}' })
      .expect(200);
    expect(res.body.status).toBe('cpu-limit');
    const missing = await t.http
      .post('/v1/runs')
      .set(auth(student.token))
      .send({ code: 'x', exercise: 'no-such-thing' })
      .expect(404);
    expect(missing.body.detail).toMatch(/Exercise not found/);
  });

  it('POST /v1/exercises/{slug}/try grades any code against the draft, for its owner only', async () => {
    const res = await t.http
      .post(`/v1/exercises/${slug}/try`)
      .set(auth(teacher.token))
      .send({ code: "setTimeout(() => console.log('hello'), 1000);" })
      .expect(200);
    expect(res.body).toMatchObject({ score: 100, status: 'passed' });
    await t.http.post(`/v1/exercises/${slug}/try`).set(auth(student.token)).send({ code: '' }).expect(403);
  });

  it('exports a result as Exercism results.json v3 and Gradescope results.json', async () => {
    const submitted = await t.http
      .post(`/v1/exercises/${slug}/submissions`)
      .set(auth(student.token))
      .send({ code: "setTimeout(() => console.log('hello'), 2000);" })
      .expect(202);
    await t.http.get(`/v1/submissions/${submitted.body.id}?wait=30`).set(auth(student.token)).expect(200);
    const exercism = await t.http
      .get(`/v1/submissions/${submitted.body.id}?format=exercism`)
      .set(auth(student.token))
      .expect(200);
    expect(exercism.body).toMatchObject({ version: 3, status: 'fail' });
    expect(exercism.body.tests[0]).toMatchObject({ name: 'Prints hello at 1000 ms', status: 'fail' });
    const gradescope = await t.http
      .get(`/v1/submissions/${submitted.body.id}?format=gradescope`)
      .set(auth(student.token))
      .expect(200);
    expect(gradescope.body.score).toBe(50);
    expect(gradescope.body.tests.length).toBeGreaterThan(0);
    await t.http.get(`/v1/submissions/${submitted.body.id}?format=pdf`).set(auth(student.token)).expect(400);
  });

  it('regrades every submission against the latest version and reports the score changes', async () => {
    const late = await t.http
      .post(`/v1/exercises/${slug}/submissions`)
      .set(auth(student.token))
      .send({ code: "setTimeout(() => console.log('hello'), 1500);" })
      .expect(202);
    await t.http.get(`/v1/submissions/${late.body.id}?wait=30`).set(auth(student.token)).expect(200);
    // The teacher relaxes the check: 1000 ms ± 500 now passes a print at 1500 ms.
    const { slug: _slug, ...body } = helloLaterExercise(slug);
    body.checks[0] = { ...body.checks[0], expect: [{ text: 'hello', at: 1000, tolerance: 500 }] } as never;
    await t.http.put(`/v1/exercises/${slug}`).set(auth(teacher.token)).send(body).expect(200);

    const started = await t.http.post(`/v1/exercises/${slug}/regrade`).set(auth(teacher.token)).expect(202);
    expect(started.body).toMatchObject({ status: 'running', version: 2 });
    let progress = started.body;
    for (let i = 0; i < 100 && progress.status === 'running'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      progress = (await t.http.get(`/v1/exercises/${slug}/regrade`).set(auth(teacher.token)).expect(200))
        .body;
    }
    expect(progress).toMatchObject({ status: 'finished', done: progress.total });
    const delta = progress.deltas.find((d: { submissionId: string }) => d.submissionId === late.body.id);
    expect(delta).toMatchObject({ before: 50, after: 100 });
    const regraded = await t.http.get(`/v1/submissions/${late.body.id}`).set(auth(student.token)).expect(200);
    expect(regraded.body).toMatchObject({ exerciseVersion: 2, result: { score: 100 } });
    await t.http.post(`/v1/exercises/${slug}/regrade`).set(auth(student.token)).expect(403);
  });
});
