import { auth } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

describe('errors: one RFC 9457 shape for every failure', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const expectProblem = (body: Record<string, unknown>, status: number) => {
    expect(body).toMatchObject({
      status,
      type: expect.any(String),
      title: expect.any(String),
      detail: expect.any(String),
    });
    expect(body.requestId).toEqual(expect.any(String));
    expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+/); // never a stack trace
  };

  it('malformed JSON is a 400 that says so', async () => {
    const res = await t.http
      .post('/v1/users')
      .set(auth(t.admin.token))
      .set('Content-Type', 'application/json')
      .send('{"email": ');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expectProblem(res.body, 400);
    expect(res.body.detail).toMatch(/Malformed JSON/);
  });

  it('an unknown route is a 404 problem', async () => {
    const res = await t.http.get('/v1/nothing-here').set(auth(t.admin.token));
    expect(res.status).toBe(404);
    expectProblem(res.body, 404);
  });

  it('a body over 256 KB is a 413', async () => {
    const res = await t.http
      .post('/v1/users')
      .set(auth(t.admin.token))
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.c', name: 'x'.repeat(300 * 1024), role: 'student' }));
    expect(res.status).toBe(413);
    expectProblem(res.body, 413);
  });

  it('validation names each bad field, including unknown ones', async () => {
    const res = await t.http
      .post('/v1/users')
      .set(auth(t.admin.token))
      .send({ email: 'not-an-email', name: 42, role: 'wizard', shoeSize: 44 });
    expect(res.status).toBe(400);
    expectProblem(res.body, 400);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'name', 'role', 'shoeSize']));
  });

  it('no token is a 401; a bad token is a 401', async () => {
    expectProblem((await t.http.get('/v1/me').expect(401)).body, 401);
    expectProblem((await t.http.get('/v1/me').set(auth('lg_nope')).expect(401)).body, 401);
  });

  it('echoes a client request id, in the header and in error bodies', async () => {
    const res = await t.http.get('/v1/missing').set(auth(t.admin.token)).set('X-Request-Id', 'trace-123');
    expect(res.headers['x-request-id']).toBe('trace-123');
    expect(res.body.requestId).toBe('trace-123');
  });

  it('serves the OpenAPI document and UI', async () => {
    const spec = await t.http.get('/openapi.json').expect(200);
    expect(spec.body.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining(['/v1/auth/login', '/v1/exercises/{slug}/submissions', '/v1/submissions/{id}']),
    );
    const ui = await t.http.get('/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('health: live and ready', async () => {
    await t.http.get('/health/live').expect(200, { status: 'ok' });
    const ready = await t.http.get('/health/ready').expect(200);
    expect(ready.body.checks.database.status).toBe('up');
    expect(ready.body.queues.grading).toEqual({ depth: expect.any(Number), consumers: expect.any(Number) });
  });

  it('metrics in Prometheus text format', async () => {
    const res = await t.http.get('/metrics').expect(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.text).toMatch(/^# TYPE loopgrade_queue_depth gauge$/m);
    expect(res.text).toMatch(/^loopgrade_submissions\{status="queued"\} \d+$/m);
  });
});
