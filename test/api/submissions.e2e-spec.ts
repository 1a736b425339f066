import { auth, helloLaterExercise } from '../support/fixtures';
import { startTestApp, TestApp, TestUser } from '../support/test-app';

describe('submissions: stored, queued, graded', () => {
  let t: TestApp;
  let teacher: TestUser;
  let student: TestUser;
  const slug = 'hello-later';

  beforeAll(async () => {
    t = await startTestApp({ env: { SUBMISSION_RATE_PER_MINUTE: '20' } });
    teacher = await t.createUser('teacher');
    student = await t.createUser('student');
    await t.http.post('/v1/exercises').set(auth(teacher.token)).send(helloLaterExercise(slug)).expect(201);
    await t.http.post(`/v1/exercises/${slug}/publish`).set(auth(teacher.token)).expect(200);
  });
  afterAll(() => t.close());

  const submit = (user: TestUser, code: string, headers: Record<string, string> = {}) =>
    t.http.post(`/v1/exercises/${slug}/submissions`).set(auth(user.token)).set(headers).send({ code });

  it('a correct solution: 202 with Location, then graded 100 with every check passed', async () => {
    const res = await submit(student, "setTimeout(() => console.log('hello'), 1000);");
    expect(res.status).toBe(202);
    expect(res.headers.location).toBe(`/v1/submissions/${res.body.id}`);
    expect(res.body.status).toMatch(/queued|running|graded/);
    const done = await t.http.get(`${res.headers.location}?wait=30`).set(auth(student.token)).expect(200);
    expect(done.body.status).toBe('graded');
    expect(done.body.result.score).toBe(100);
    expect(done.body.exerciseVersion).toBe(1);
  });

  it('a wrong solution: graded with the failing check and its first divergence; hidden checks redacted', async () => {
    const res = await submit(student, "setTimeout(() => console.log('hello'), 3000);").expect(202);
    const done = await t.http
      .get(`/v1/submissions/${res.body.id}?wait=30`)
      .set(auth(student.token))
      .expect(200);
    expect(done.body.status).toBe('graded');
    expect(done.body.result.score).toBeLessThan(100);
    const [visible, hidden] = done.body.result.checks;
    expect(visible).toMatchObject({ id: 'prints-hello', status: 'failed' });
    expect(JSON.stringify(visible)).toMatch(/1000/);
    expect(Object.keys(hidden).sort()).toEqual(['id', 'status', 'title', 'visibility']);
  });

  it('an Idempotency-Key returns the same submission', async () => {
    const headers = { 'Idempotency-Key': 'try-1' };
    const first = await submit(student, 'console.log(1)', headers).expect(202);
    const second = await submit(student, 'console.log(1)', headers).expect(202);
    expect(second.body.id).toBe(first.body.id);
  });

  it('code over 64 KB is a 413; a missing code field a 400', async () => {
    const big = await submit(student, `// ${'x'.repeat(70 * 1024)}`);
    expect(big.status).toBe(413);
    const res = await t.http
      .post(`/v1/exercises/${slug}/submissions`)
      .set(auth(student.token))
      .send({ language: 'js' })
      .expect(400);
    expect(res.body.errors[0].field).toBe('code');
  });

  it("someone else's submission is a 404, the exercise owner sees it", async () => {
    const other = await t.createUser('student');
    const mine = await submit(student, 'console.log(2)').expect(202);
    await t.http.get(`/v1/submissions/${mine.body.id}`).set(auth(other.token)).expect(404);
    await t.http.get(`/v1/submissions/${mine.body.id}`).set(auth(teacher.token)).expect(200);
    const list = await t.http.get('/v1/submissions').set(auth(other.token)).expect(200);
    expect(list.body.items).toEqual([]);
  });

  it('teachers filter by exercise, user and status with a cursor', async () => {
    const page = await t.http
      .get(`/v1/submissions?exercise=${slug}&user=${student.id}&limit=2`)
      .set(auth(teacher.token))
      .expect(200);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.items.every((s: { userId: string }) => s.userId === student.id)).toBe(true);
    const next = await t.http
      .get(`/v1/submissions?exercise=${slug}&limit=2&cursor=${page.body.nextCursor}`)
      .set(auth(teacher.token))
      .expect(200);
    expect(next.body.items[0].id).not.toBe(page.body.items[0].id);
    await t.http.get('/v1/submissions?status=lost').set(auth(teacher.token)).expect(400);
  });

  it('a user over the rate limit gets 429 with Retry-After', async () => {
    const spammer = await t.createUser('student');
    let limited;
    for (let i = 0; i < 25 && !limited; i++) {
      const res = await submit(spammer, `console.log(${i})`);
      if (res.status === 429) limited = res;
    }
    expect(limited?.headers['retry-after']).toMatch(/^\d+$/);
  });

  it('unpublished exercises take no student submissions', async () => {
    await t.http.post(`/v1/exercises/${slug}/unpublish`).set(auth(teacher.token)).expect(200);
    await submit(student, 'console.log(3)').expect(404);
    await t.http.post(`/v1/exercises/${slug}/publish`).set(auth(teacher.token)).expect(200);
  });
});
