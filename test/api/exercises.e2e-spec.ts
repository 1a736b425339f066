import { auth, helloLaterExercise } from '../support/fixtures';
import { startTestApp, TestApp, TestUser } from '../support/test-app';

describe('exercises: versions, publishing, what students see', () => {
  let t: TestApp;
  let teacher: TestUser;
  let student: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    teacher = await t.createUser('teacher');
    student = await t.createUser('student');
  });
  afterAll(() => t.close());

  it('a teacher creates a draft; students cannot see it until it is published', async () => {
    const created = await t.http
      .post('/v1/exercises')
      .set(auth(teacher.token))
      .send(helloLaterExercise('draft-one'))
      .expect(201);
    expect(created.body).toMatchObject({
      slug: 'draft-one',
      version: 1,
      published: false,
      solution: expect.any(String),
    });
    await t.http.get('/v1/exercises/draft-one').set(auth(student.token)).expect(404);
    await t.http.post('/v1/exercises/draft-one/publish').set(auth(teacher.token)).expect(200);
    const seen = await t.http.get('/v1/exercises/draft-one').set(auth(student.token)).expect(200);
    expect(seen.body.solution).toBeUndefined();
    expect(seen.body.checks.map((c: { id: string }) => c.id)).toEqual(['prints-hello']);
    const list = await t.http.get('/v1/exercises').set(auth(student.token)).expect(200);
    expect(list.body.items.map((e: { slug: string }) => e.slug)).toContain('draft-one');
  });

  it('every change is a new immutable version; an unchanged body is not', async () => {
    const { slug, ...body } = helloLaterExercise('versioned');
    await t.http
      .post('/v1/exercises')
      .set(auth(teacher.token))
      .send({ slug, ...body })
      .expect(201);
    const same = await t.http.put(`/v1/exercises/${slug}`).set(auth(teacher.token)).send(body).expect(200);
    expect(same.body.version).toBe(1);
    const changed = await t.http
      .put(`/v1/exercises/${slug}`)
      .set(auth(teacher.token))
      .send({ ...body, title: 'Hello, later (v2)' })
      .expect(200);
    expect(changed.body.version).toBe(2);
    const versions = await t.http.get(`/v1/exercises/${slug}/versions`).set(auth(teacher.token)).expect(200);
    expect(versions.body.map((v: { version: number; title: string }) => [v.version, v.title])).toEqual([
      [1, 'Hello, later'],
      [2, 'Hello, later (v2)'],
    ]);
  });

  it('refuses a reference solution that fails its own checks, naming the check (422)', async () => {
    const broken = {
      ...helloLaterExercise('broken-ref'),
      solution: "setTimeout(() => console.log('hello'), 2000);\n",
    };
    const res = await t.http.post('/v1/exercises').set(auth(teacher.token)).send(broken).expect(422);
    expect(JSON.stringify(res.body.errors)).toContain('prints-hello');
  });

  it('refuses a starter that already passes every check (422)', async () => {
    const exercise = helloLaterExercise('too-easy');
    const res = await t.http
      .post('/v1/exercises')
      .set(auth(teacher.token))
      .send({ ...exercise, starter: exercise.solution })
      .expect(422);
    expect(res.body.detail).toMatch(/starter/i);
  });

  it('refuses checks that do not follow the check language (422 naming the path)', async () => {
    const exercise = helloLaterExercise('bad-checks');
    const res = await t.http
      .post('/v1/exercises')
      .set(auth(teacher.token))
      .send({ ...exercise, checks: [{ id: 'x', title: 'X', kind: 'telepathy' }] })
      .expect(422);
    expect(res.body.errors[0].field).toMatch(/^checks/);
  });

  it('only the owner or an admin may change an exercise', async () => {
    const other = await t.createUser('teacher');
    await t.http.post('/v1/exercises').set(auth(teacher.token)).send(helloLaterExercise('owned')).expect(201);
    await t.http.post('/v1/exercises/owned/publish').set(auth(teacher.token)).expect(200);
    await t.http.post('/v1/exercises/owned/unpublish').set(auth(other.token)).expect(403);
    await t.http.post('/v1/exercises/owned/unpublish').set(auth(t.admin.token)).expect(200);
  });

  it('soft delete hides the exercise but keeps its slug reserved', async () => {
    await t.http
      .post('/v1/exercises')
      .set(auth(teacher.token))
      .send(helloLaterExercise('doomed'))
      .expect(201);
    await t.http.delete('/v1/exercises/doomed').set(auth(teacher.token)).expect(204);
    await t.http.get('/v1/exercises/doomed').set(auth(teacher.token)).expect(404);
    await t.http
      .post('/v1/exercises')
      .set(auth(teacher.token))
      .send(helloLaterExercise('doomed'))
      .expect(409);
  });

  it('a bad slug, difficulty or language is a 400 naming the field', async () => {
    const res = await t.http
      .post('/v1/exercises')
      .set(auth(teacher.token))
      .send({ ...helloLaterExercise('Bad Slug!'), difficulty: 'legendary', language: 'cobol' })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['slug', 'difficulty', 'language']),
    );
  });
});
