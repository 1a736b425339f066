import { execFileSync } from 'node:child_process';
import request from 'supertest';
import { auth, helloLaterExercise } from '../support/fixtures';
import { freePort, PlatformProcess, tempDataDir, waitFor } from '../support/platform-processes';
import { ADMIN_TOKEN } from '../support/test-app';
import { createTestDatabase, TestDatabase, USING_REDIS } from '../support/test-database';

/**
 * The submission path as deployed: the API and (with Redis) separate worker processes, started from
 * the build. Embedded mode runs the same suite on the inline queue, where the API process is the worker.
 */
jest.setTimeout(240_000);

type Counts = Record<'queued' | 'running' | 'graded' | 'error', number>;

describe(`grading never loses or repeats a submission (${USING_REDIS ? 'BullMQ workers' : 'inline queue'})`, () => {
  let database: TestDatabase;
  let api: PlatformProcess;
  let worker: PlatformProcess | undefined;
  let baseUrl: string;
  let studentToken: string;
  const slug = 'hello-later';

  const env = (port: number): NodeJS.ProcessEnv => ({
    ...process.env,
    ...database.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOOPGRADE_ADMIN_TOKEN: ADMIN_TOKEN,
    LOAD_EXERCISES: 'false',
    LOG_LEVEL: 'warn',
    QUEUE_PREFIX: `lgrel${process.pid}`,
    SUBMISSION_RATE_PER_MINUTE: '100000',
    RECONCILE_INTERVAL_MS: '500',
    STALE_JOB_MS: '2000',
    JOB_LOCK_MS: '5000',
  });

  const http = () => request(baseUrl);

  async function counts(): Promise<Counts> {
    const metrics = await http().get('/metrics');
    const count = (status: string) =>
      Number(
        new RegExp(`^loopgrade_submissions\\{status="${status}"\\} (\\d+)$`, 'm').exec(metrics.text)?.[1] ??
          NaN,
      );
    return {
      queued: count('queued'),
      running: count('running'),
      graded: count('graded'),
      error: count('error'),
    };
  }

  async function submitMany(n: number, tag: string): Promise<string[]> {
    const responses = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        http()
          .post(`/v1/exercises/${slug}/submissions`)
          .set(auth(studentToken))
          .set('Idempotency-Key', `${tag}-${i}`)
          .send({ code: `setTimeout(() => console.log('hello'), ${i % 2 ? 1000 : 2000});` }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(n).fill(202));
    return responses.map((r) => r.body.id);
  }

  const settled = (total: number) => (c: Counts) => c.graded + c.error === total;

  async function waitUntilReady(): Promise<void> {
    await waitFor(
      () =>
        http()
          .get('/health/ready')
          .then(
            (r) => r.status,
            () => 0,
          ),
      (status) => status === 200,
      60_000,
    );
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    if (!database.env.DATABASE_URL) database.env.DATA_DIR = tempDataDir();
    api = new PlatformProcess('api', env(port));
    api.start();
    if (USING_REDIS) {
      worker = new PlatformProcess('worker', env(port));
      worker.start();
    }
    await waitUntilReady();
    const teacher = await http()
      .post('/v1/users')
      .set(auth(ADMIN_TOKEN))
      .send({ email: 't@example.test', name: 'T', role: 'teacher' });
    const teacherToken = (
      await http().post(`/v1/users/${teacher.body.id}/tokens`).set(auth(ADMIN_TOKEN)).send({ name: 't' })
    ).body.token;
    await http().post('/v1/exercises').set(auth(teacherToken)).send(helloLaterExercise(slug)).expect(201);
    await http().post(`/v1/exercises/${slug}/publish`).set(auth(teacherToken)).expect(200);
    const student = await http()
      .post('/v1/users')
      .set(auth(ADMIN_TOKEN))
      .send({ email: 's@example.test', name: 'S', role: 'student' });
    studentToken = (
      await http().post(`/v1/users/${student.body.id}/tokens`).set(auth(ADMIN_TOKEN)).send({ name: 's' })
    ).body.token;
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
    await database?.drop();
  });

  it('500 submissions sent concurrently each reach a terminal state exactly once', async () => {
    const ids = await submitMany(500, 'burst');
    expect(new Set(ids).size).toBe(500);
    const final = await waitFor(counts, settled(500), 180_000);
    expect(final).toEqual({ queued: 0, running: 0, graded: 500, error: 0 });
    // Each was graded once: its only attempt counted, and re-reading shows one stable result.
    const sample = await Promise.all(
      ids.slice(0, 20).map((id) => http().get(`/v1/submissions/${id}`).set(auth(studentToken))),
    );
    for (const res of sample) {
      expect(res.body).toMatchObject({ status: 'graded', attempts: 1 });
      // Odd submissions print at 1000 ms (both checks pass), even ones at 2000 ms (the visible check fails).
      expect([50, 100]).toContain(res.body.result.score);
    }
  });

  it('a worker killed with SIGKILL mid-run, then restarted: every submission is still graded exactly once', async () => {
    const before = await counts();
    await submitMany(150, 'kill');
    await waitFor(counts, (c) => c.graded >= before.graded + 10, 60_000);
    const victim = worker ?? api;
    await victim.kill();
    victim.start();
    await waitUntilReady();
    const final = await waitFor(counts, settled(before.graded + 150), 180_000);
    expect(final).toEqual({ queued: 0, running: 0, graded: before.graded + 150, error: 0 });
  });

  it(
    USING_REDIS
      ? 'Redis FLUSHALL mid-run loses no submission: the reconciler re-enqueues from PostgreSQL'
      : 'graceful shutdown mid-run finishes in-flight work; a restart grades the rest',
    async () => {
      const before = await counts();
      await submitMany(150, 'flush');
      await waitFor(counts, (c) => c.graded >= before.graded + 10, 60_000);
      if (USING_REDIS) {
        execFileSync('redis-cli', ['-u', process.env.REDIS_URL!, 'FLUSHALL']);
      } else {
        // Nest closes the app (finishing in-flight jobs), then re-raises the signal: a clean, hook-run exit.
        const ended = await api.stop('SIGTERM');
        expect([ended.code === 0, ended.signal === 'SIGTERM']).toContain(true);
        api.start();
        await waitUntilReady();
      }
      const final = await waitFor(counts, settled(before.graded + 150), 180_000);
      expect(final).toEqual({ queued: 0, running: 0, graded: before.graded + 150, error: 0 });
    },
  );
});
