import { auth, helloLaterExercise } from '../support/fixtures';
import { startTestApp, TestApp, TestUser } from '../support/test-app';

/**
 * Input a reviewer sent to break the API: NUL characters, ids that are not UUIDs, bad cursors, deep
 * JSON, races, reused idempotency keys, nulls. Each gets a 4xx problem that names the problem.
 */
describe('hostile input: a 4xx problem naming the problem, never a 500', () => {
  let t: TestApp;
  let teacher: TestUser;
  let student: TestUser;
  let platformId: string;
  let endpointId: string;
  const slug = 'hostile-input';
  const NUL = '\u0000';

  const expectProblem = (res: { status: number; body: Record<string, unknown> }, status: number) => {
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ status, detail: expect.any(String), requestId: expect.any(String) });
  };
  const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field);

  beforeAll(async () => {
    t = await startTestApp({
      env: { SUBMISSION_RATE_PER_MINUTE: '1000', WEBHOOK_ALLOW_PRIVATE: 'true' },
    });
    teacher = await t.createUser('teacher');
    student = await t.createUser('student');
    await t.http.post('/v1/exercises').set(auth(teacher.token)).send(helloLaterExercise(slug)).expect(201);
    await t.http.post(`/v1/exercises/${slug}/publish`).set(auth(teacher.token)).expect(200);
    const platform = await t.http
      .post('/v1/lti/platforms')
      .set(auth(t.admin.token))
      .send({
        issuer: 'https://lms.hostile.test',
        clientId: 'client-1',
        authLoginUrl: 'https://lms.hostile.test/auth',
        accessTokenUrl: 'https://lms.hostile.test/token',
        jwksUrl: 'https://lms.hostile.test/jwks',
        deploymentIds: ['deployment-1'],
      })
      .expect(201);
    platformId = platform.body.id;
    const endpoint = await t.http
      .post('/v1/webhook-endpoints')
      .set(auth(teacher.token))
      .send({ url: 'http://127.0.0.1:9/hook', description: 'hooks' })
      .expect(201);
    endpointId = endpoint.body.id;
  });
  afterAll(() => t.close());

  describe('a NUL character (U+0000) anywhere is a 400 naming the field', () => {
    const withNul = `a${NUL}b`;
    const exercise = () => helloLaterExercise(`nul-${Math.random().toString(36).slice(2, 8)}`);

    const requests: Array<[string, string, () => [string, object]]> = [
      [
        'POST /v1/exercises/{slug}/submissions',
        'code',
        () => [`/v1/exercises/${slug}/submissions`, { code: withNul }],
      ],
      ['POST /v1/runs', 'code', () => ['/v1/runs', { code: `console.log(1);${NUL}` }]],
      [
        'POST /v1/users',
        'name',
        () => ['/v1/users', { email: 'nul@b.test', name: withNul, role: 'student' }],
      ],
      ['POST /v1/exercises', 'title', () => ['/v1/exercises', { ...exercise(), title: withNul }]],
      ['POST /v1/exercises', 'statement', () => ['/v1/exercises', { ...exercise(), statement: withNul }]],
      ['POST /v1/exercises', 'starter', () => ['/v1/exercises', { ...exercise(), starter: withNul }]],
      [
        'POST /v1/exercises',
        'checks.0.title',
        () => ['/v1/exercises', { ...exercise(), checks: [{ ...exercise().checks[0], title: withNul }] }],
      ],
      [
        'POST /v1/exercises (a key)',
        'checks.0.a\u0000b',
        () => ['/v1/exercises', { ...exercise(), checks: [{ ...exercise().checks[0], [withNul]: 1 }] }],
      ],
      [
        'POST /v1/webhook-endpoints',
        'description',
        () => ['/v1/webhook-endpoints', { url: 'http://127.0.0.1:9/x', description: withNul }],
      ],
      [
        'POST /v1/lti/platforms',
        'issuer',
        () => ['/v1/lti/platforms', { ...platformBody(), issuer: `https://a${NUL}.test` }],
      ],
      [
        'POST /v1/lti/platforms',
        'deploymentIds.0',
        () => ['/v1/lti/platforms', { ...platformBody(), deploymentIds: [withNul] }],
      ],
      [
        'POST /v1/lti/platforms',
        'authServerAudience',
        () => ['/v1/lti/platforms', { ...platformBody(), authServerAudience: withNul }],
      ],
    ];

    it.each(requests)('%s: %s', async (_route, field, request) => {
      const [path, body] = request();
      const token = path.includes('/lti/') ? t.admin.token : teacher.token;
      const res = await t.http.post(path).set(auth(token)).send(body);
      expectProblem(res, 400);
      expect(res.body.errors).toEqual([
        { field, message: `${field} must not contain a NUL character (U+0000)` },
      ]);
    });

    it.each([
      ['GET', '/v1/exercises/a%00b', 'slug'],
      ['DELETE', '/v1/tokens/a%00b', 'id'],
      ['GET', '/v1/submissions?cursor=%00', 'cursor'],
      ['GET', '/v1/users?cursor=a%00', 'cursor'],
    ])('%s %s', async (method, path, field) => {
      const res = await t.http[method.toLowerCase() as 'get' | 'delete'](path).set(auth(t.admin.token));
      expectProblem(res, 400);
      expect(fieldsOf(res.body)).toEqual([field]);
    });

    it('PUT /v1/lti/platforms/{id}/deployments/a%00b', async () => {
      const res = await t.http
        .put(`/v1/lti/platforms/${platformId}/deployments/a%00b`)
        .set(auth(t.admin.token));
      expectProblem(res, 400);
      expect(fieldsOf(res.body)).toEqual(['deploymentId']);
    });

    function platformBody() {
      return {
        issuer: `https://nul-${Math.random()}.test`,
        clientId: 'c',
        authLoginUrl: 'https://lms.test/auth',
        accessTokenUrl: 'https://lms.test/token',
        jwksUrl: 'https://lms.test/jwks',
      };
    }
  });

  describe('an id that is not a UUID is a 404, as an unknown id is', () => {
    const NOT_UUIDS = ['abc', '-'.repeat(36), 'g'.repeat(8) + '-aaaa-aaaa-aaaa-' + 'a'.repeat(12)];

    it.each([
      ['DELETE', '/v1/tokens/{x}', 'Token'],
      ['GET', '/v1/users/{x}', 'User'],
      ['POST', '/v1/users/{x}/tokens', 'User'],
      ['GET', '/v1/users/{x}/tokens', 'User'],
      ['GET', '/v1/submissions/{x}', 'Submission'],
      ['GET', '/v1/webhook-endpoints/{x}', 'Webhook endpoint'],
      ['PATCH', '/v1/webhook-endpoints/{x}', 'Webhook endpoint'],
      ['DELETE', '/v1/webhook-endpoints/{x}', 'Webhook endpoint'],
      ['POST', '/v1/webhook-endpoints/{x}/test', 'Webhook endpoint'],
      ['GET', '/v1/webhook-endpoints/{x}/messages', 'Webhook endpoint'],
      ['POST', '/v1/webhook-endpoints/{x}/messages/m/resend', 'Webhook endpoint'],
      ['GET', '/v1/lti/platforms/{x}', 'LTI registration'],
      ['PATCH', '/v1/lti/platforms/{x}', 'LTI registration'],
      ['DELETE', '/v1/lti/platforms/{x}', 'LTI registration'],
      ['PUT', '/v1/lti/platforms/{x}/deployments/d', 'LTI registration'],
      ['DELETE', '/v1/lti/platforms/{x}/deployments/d', 'LTI registration'],
      ['PUT', '/v1/lti/resource-links/{x}/exercise', 'Resource link'],
      ['POST', '/v1/lti/grade-syncs/{x}/resend', 'Grade sync'],
    ])('%s %s', async (method, template, resource) => {
      for (const id of NOT_UUIDS) {
        const call = t.http[method.toLowerCase() as 'get'](template.replace('{x}', id)).set(
          auth(t.admin.token),
        );
        const res = method === 'GET' || method === 'DELETE' ? await call : await call.send({ name: 'n' });
        expectProblem(res, 404);
        expect(res.body.detail).toBe(`${resource} not found`);
      }
    });

    it('every path parameter of the OpenAPI document, filled with junk, is a 4xx', async () => {
      const spec = (await t.http.get('/openapi.json').expect(200)).body as {
        paths: Record<string, Record<string, unknown>>;
      };
      const failures: string[] = [];
      for (const [template, operations] of Object.entries(spec.paths)) {
        if (!template.includes('{')) continue;
        for (const junk of ['-'.repeat(36), 'a%00b']) {
          const path = template.replace(/\{[^}]+\}/g, junk);
          for (const method of Object.keys(operations)) {
            const res = await t.http[method as 'get'](path).set(auth(t.admin.token));
            if (res.status >= 500) failures.push(`${method.toUpperCase()} ${path}: ${res.status}`);
          }
        }
      }
      expect(failures).toEqual([]);
    });
  });

  describe('pagination', () => {
    it.each(['/v1/submissions', '/v1/users', '/v1/exercises', '/v1/webhook-endpoints/{endpoint}/messages'])(
      '%s?cursor=garbage is a 400 "invalid cursor"',
      async (list) => {
        const res = await t.http
          .get(`${list.replace('{endpoint}', endpointId)}?cursor=garbage!`)
          .set(auth(t.admin.token));
        expectProblem(res, 400);
        expect(res.body.errors).toEqual([
          { field: 'cursor', message: expect.stringMatching(/^invalid cursor/) },
        ]);
      },
    );

    it('a real cursor still pages', async () => {
      const first = await t.http.get('/v1/users?limit=1').set(auth(t.admin.token)).expect(200);
      const second = await t.http
        .get(`/v1/users?limit=1&cursor=${first.body.nextCursor}`)
        .set(auth(t.admin.token))
        .expect(200);
      expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    });
  });

  describe('the JSON body', () => {
    it('nested 10,000 levels deep is a 400 about the depth, even unauthenticated', async () => {
      const res = await t.http
        .post('/v1/auth/login')
        .set('Content-Type', 'application/json')
        .send(`{"email":${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
      expectProblem(res, 400);
      expect(res.body.detail).toMatch(/nests deeper than 64 levels/);
    });

    it('brackets inside strings do not count', async () => {
      const res = await t.http
        .post('/v1/auth/login')
        .send({ email: '['.repeat(1000) + '@b.test', password: '{"[\\'.repeat(50) });
      expect(res.status).toBe(400);
      expect(res.body.detail).not.toMatch(/nests deeper/);
    });

    it.each(['null', '[]', '"text"', '42'])(
      '%s is a 400 saying the body must be a JSON object',
      async (raw) => {
        const res = await t.http
          .post('/v1/users')
          .set(auth(t.admin.token))
          .set('Content-Type', 'application/json')
          .send(raw);
        expectProblem(res, 400);
        expect(res.body.detail).toBe('The request body must be a JSON object');
      },
    );

    it.each([
      ['malformed JSON', 400, (req: ReturnType<TestApp['http']['post']>) => req.send('{"email": ')],
      [
        'a body over 256 KB',
        413,
        (req: ReturnType<TestApp['http']['post']>) =>
          req.send(JSON.stringify({ name: 'x'.repeat(300 * 1024) })),
      ],
      [
        'an unsupported charset',
        415,
        (req: ReturnType<TestApp['http']['post']>) =>
          req.set('Content-Type', 'application/json; charset=klingon').send('{}'),
      ],
      [
        'gzip that is not gzip',
        400,
        (req: ReturnType<TestApp['http']['post']>) => req.set('Content-Encoding', 'gzip').send('{"a":1}'),
      ],
    ])('%s: the problem carries the request id, in the body and the header', async (_name, status, send) => {
      const res = await send(
        t.http
          .post('/v1/users')
          .set(auth(t.admin.token))
          .set('Content-Type', 'application/json')
          .set('X-Request-Id', `body-${status}`),
      );
      expectProblem(res, status);
      expect(res.headers['x-request-id']).toBe(`body-${status}`);
      expect(res.body.requestId).toBe(`body-${status}`);
    });

    it('the 413 names the limit', async () => {
      const res = await t.http
        .post('/v1/users')
        .set(auth(t.admin.token))
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ name: 'x'.repeat(300 * 1024) }));
      expect(res.body.detail).toBe('Request body is larger than the 256 KB limit');
    });
  });

  it('the same new email created concurrently: one 201, the rest 409, no 500', async () => {
    const body = { email: 'race@b.test', name: 'Race', role: 'student' };
    const results = await Promise.all(
      Array.from({ length: 8 }, () => t.http.post('/v1/users').set(auth(t.admin.token)).send(body)),
    );
    const statuses = results.map((res) => res.status).sort();
    expect(statuses).toEqual([201, ...Array(7).fill(409)]);
    for (const res of results.filter((r) => r.status === 409)) {
      expect(res.body.detail).toBe('Email already in use: race@b.test');
    }
  });

  it('the same new exercise slug created concurrently: one 201, the rest 409, no 500', async () => {
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        t.http.post('/v1/exercises').set(auth(teacher.token)).send(helloLaterExercise('race-slug')),
      ),
    );
    expect(results.map((res) => res.status).sort()).toEqual([201, 409, 409, 409]);
  });

  describe('Idempotency-Key', () => {
    const submit = (key: string, body: Record<string, unknown>, exercise = slug) =>
      t.http
        .post(`/v1/exercises/${exercise}/submissions`)
        .set(auth(student.token))
        .set('Idempotency-Key', key)
        .send(body);

    beforeAll(async () => {
      await t.http
        .post('/v1/exercises')
        .set(auth(teacher.token))
        .send(helloLaterExercise(`${slug}-2`))
        .expect(201);
      await t.http.post(`/v1/exercises/${slug}-2/publish`).set(auth(teacher.token)).expect(200);
    });

    it('the same request again returns the original submission', async () => {
      const first = await submit('same', { code: 'a()' });
      expect(first.status).toBe(202);
      const again = await submit('same', { code: 'a()' });
      expect(again.status).toBe(202);
      expect(again.body.id).toBe(first.body.id);
      expect((await submit('same', { code: 'a()', language: 'js' })).body.id).toBe(first.body.id);
    });

    it.each([
      ['other code', { code: 'b()' }, slug],
      ['another language', { code: 'a()', language: 'ts' }, slug],
      ['another exercise', { code: 'a()' }, `${slug}-2`],
    ])('reused with %s is a 422 saying so', async (_name, body, exercise) => {
      const key = `key-${_name.replace(/ /g, '-')}`;
      await submit(key, { code: 'a()' }).expect(202);
      const res = await submit(key, body, exercise);
      expectProblem(res, 422);
      expect(res.body.detail).toMatch(/Idempotency-Key was already used for a different request/);
      expect(fieldsOf(res.body)).toEqual(['Idempotency-Key']);
    });
  });

  describe('null for a field that cannot be null', () => {
    it.each(['jwksUrl', 'authLoginUrl', 'accessTokenUrl'])(
      'PATCH /v1/lti/platforms/{id} %s: null',
      async (field) => {
        const res = await t.http
          .patch(`/v1/lti/platforms/${platformId}`)
          .set(auth(t.admin.token))
          .send({ [field]: null });
        expectProblem(res, 400);
        expect(fieldsOf(res.body)).toContain(field);
      },
    );

    it('authServerAudience: null clears it', async () => {
      await t.http
        .patch(`/v1/lti/platforms/${platformId}`)
        .set(auth(t.admin.token))
        .send({ authServerAudience: 'aud' })
        .expect(200);
      const res = await t.http
        .patch(`/v1/lti/platforms/${platformId}`)
        .set(auth(t.admin.token))
        .send({ authServerAudience: null })
        .expect(200);
      expect(res.body.authServerAudience).toBeNull();
    });

    it.each(['url', 'description', 'filterTypes'])(
      'PATCH /v1/webhook-endpoints/{id} %s: null',
      async (field) => {
        const res = await t.http
          .patch(`/v1/webhook-endpoints/${endpointId}`)
          .set(auth(teacher.token))
          .send({ [field]: null });
        expectProblem(res, 400);
        expect(fieldsOf(res.body)).toContain(field);
      },
    );

    it.each([
      [
        'POST /v1/webhook-endpoints',
        '/v1/webhook-endpoints',
        { url: 'http://127.0.0.1:9/y', description: null },
      ],
      ['POST /v1/users', '/v1/users', { email: 'n@b.test', name: 'N', role: 'student', password: null }],
    ])('%s with null for an optional field', async (_name, path, body) => {
      const res = await t.http.post(path).set(auth(t.admin.token)).send(body);
      expectProblem(res, 400);
    });
  });

  describe('LTI registrations', () => {
    it('an empty issuer is a 400', async () => {
      const res = await t.http.post('/v1/lti/platforms').set(auth(t.admin.token)).send({
        issuer: '',
        clientId: 'c',
        authLoginUrl: 'https://lms.test/auth',
        accessTokenUrl: 'https://lms.test/token',
        jwksUrl: 'https://lms.test/jwks',
      });
      expectProblem(res, 400);
      expect(fieldsOf(res.body)).toEqual(['issuer']);
    });

    it('removing a deployment that was never added is a 404 and adds nothing', async () => {
      const res = await t.http
        .delete(`/v1/lti/platforms/${platformId}/deployments/never-existed`)
        .set(auth(t.admin.token));
      expectProblem(res, 404);
      expect(res.body.detail).toBe('Deployment not found');
      const platform = await t.http
        .get(`/v1/lti/platforms/${platformId}`)
        .set(auth(t.admin.token))
        .expect(200);
      expect(platform.body.deployments).toEqual([{ deploymentId: 'deployment-1', active: true }]);
    });

    it('removing an existing deployment still deactivates it', async () => {
      await t.http
        .put(`/v1/lti/platforms/${platformId}/deployments/deployment-2`)
        .set(auth(t.admin.token))
        .expect(200);
      const res = await t.http
        .delete(`/v1/lti/platforms/${platformId}/deployments/deployment-2`)
        .set(auth(t.admin.token))
        .expect(200);
      expect(res.body.deployments).toContainEqual({ deploymentId: 'deployment-2', active: false });
    });
  });
});
