import { auth, helloLaterExercise } from '../support/fixtures';
import { startTestApp, TestApp, TestUser } from '../support/test-app';

/** Every body field of every route, sent with a wrong type: a 400 that names the field, never a 500. */
describe('bad input: every body field, a wrong type, a 400 naming it', () => {
  let t: TestApp;
  let teacher: TestUser;
  let student: TestUser;
  const slug = 'bad-input';

  const { slug: _slug, ...exerciseBody } = helloLaterExercise(slug);
  const WRONG: Record<string, unknown> = {
    email: 12345,
    password: ['x'],
    name: { first: 'A' },
    role: 'wizard',
    users: 'everyone',
    expiresInDays: 'soon',
    slug: 'Not A Slug',
    title: 42,
    difficulty: 'legendary',
    tags: 'timers',
    estimatedMinutes: 'ten',
    statement: false,
    language: 'cobol',
    entry: 'main',
    starter: 7,
    solution: null,
    limits: { cpuMs: 'lots' },
    services: 'none',
    moduleType: 'amd',
    blockFor: 'yes',
    checks: 'all of them',
    code: 99,
    exercise: 'Bad Slug',
    seed: -1,
  };

  const ROUTES: Array<{
    name: string;
    path: () => string;
    body: Record<string, unknown>;
    token: () => string;
  }> = [
    {
      name: 'POST /v1/auth/login',
      path: () => '/v1/auth/login',
      body: { email: 'a@b.test', password: 'longenough' },
      token: () => '',
    },
    {
      name: 'POST /v1/users',
      path: () => '/v1/users',
      body: { email: 'new@b.test', name: 'N', role: 'student', password: 'longenough' },
      token: () => t.admin.token,
    },
    {
      name: 'POST /v1/users/import',
      path: () => '/v1/users/import',
      body: { users: [] },
      token: () => t.admin.token,
    },
    {
      name: 'POST /v1/users/{id}/tokens',
      path: () => `/v1/users/${student.id}/tokens`,
      body: { name: 'laptop', expiresInDays: 30 },
      token: () => t.admin.token,
    },
    {
      name: 'POST /v1/exercises',
      path: () => '/v1/exercises',
      body: {
        slug: 'fresh-one',
        ...exerciseBody,
        moduleType: 'commonjs',
        blockFor: false,
        limits: {},
        services: {},
      },
      token: () => teacher.token,
    },
    {
      name: 'PUT /v1/exercises/{slug}',
      path: () => `/v1/exercises/${slug}`,
      body: { ...exerciseBody, moduleType: 'commonjs', blockFor: false, limits: {}, services: {} },
      token: () => teacher.token,
    },
    {
      name: 'POST /v1/exercises/{slug}/submissions',
      path: () => `/v1/exercises/${slug}/submissions`,
      body: { code: '', language: 'js' },
      token: () => teacher.token,
    },
    {
      name: 'POST /v1/exercises/{slug}/try',
      path: () => `/v1/exercises/${slug}/try`,
      body: { code: '', language: 'js' },
      token: () => teacher.token,
    },
    {
      name: 'POST /v1/runs',
      path: () => '/v1/runs',
      body: { code: '', language: 'js', exercise: slug, seed: 1 },
      token: () => teacher.token,
    },
  ];

  beforeAll(async () => {
    t = await startTestApp({ env: { SUBMISSION_RATE_PER_MINUTE: '1000' } });
    teacher = await t.createUser('teacher');
    student = await t.createUser('student');
    await t.http.post('/v1/exercises').set(auth(teacher.token)).send(helloLaterExercise(slug)).expect(201);
  });
  afterAll(() => t.close());

  const cases = ROUTES.flatMap((route) =>
    Object.keys(route.body).map((field) => [route.name, field, route] as const),
  );

  it.each(cases)('%s with a wrong %s', async (_name, field, route) => {
    const method = route.name.startsWith('PUT') ? t.http.put.bind(t.http) : t.http.post.bind(t.http);
    const token = route.token();
    const res = await method(route.path())
      .set(token ? auth(token) : {})
      .send({ ...route.body, [field]: WRONG[field] });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((error: { field: string }) => error.field.split('.')[0])).toContain(field);
  });

  it('an unknown field is named too', async () => {
    const res = await t.http
      .post('/v1/runs')
      .set(auth(teacher.token))
      .send({ code: '', sneaky: true })
      .expect(400);
    expect(res.body.errors).toEqual([{ field: 'sneaky', message: 'property sneaky should not exist' }]);
  });
});
