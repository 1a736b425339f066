import { auth, helloLaterExercise } from '../support/fixtures';
import { startTestApp, type TestApp, type TestUser } from '../support/test-app';
import { WebhooksRepository } from '../../apps/api/src/modules/webhooks/webhooks.repository';
import { WebhookSweeper } from '../../apps/worker/src/processors/webhook-delivery/webhook-sweeper.service';
import { WebhookReceiver } from './webhook-receiver';

/** Short schedule: the second attempt waits > 1 s even with -10 % jitter, so its whole-second timestamp differs. */
const ENV = {
  WEBHOOK_ALLOW_PRIVATE: 'true',
  WEBHOOK_RETRY_SCHEDULE: '0,1200ms,300ms,300ms,300ms,300ms,300ms,300ms',
  WEBHOOK_DISABLE_AFTER: '1500ms',
};

async function until<T>(probe: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('webhooks: endpoints, signed deliveries, retries, disabling, resend', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let counter = 0;

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    t = await startTestApp({ env: ENV });
  }, 180_000);
  afterAll(async () => {
    await t.close();
    await receiver.stop();
  });

  async function endpointFor(owner: TestUser, path: string, filterTypes?: string[]) {
    const res = await t.http
      .post('/v1/webhook-endpoints')
      .set(auth(owner.token))
      .send({ url: receiver.url(path), description: `test ${path}`, ...(filterTypes ? { filterTypes } : {}) })
      .expect(201);
    return res.body as { id: string; secret: string; url: string };
  }

  async function publishExercise(owner: TestUser): Promise<string> {
    const slug = `hooked-${++counter}`;
    await t.http.post('/v1/exercises').set(auth(owner.token)).send(helloLaterExercise(slug)).expect(201);
    await t.http.post(`/v1/exercises/${slug}/publish`).set(auth(owner.token)).expect(200);
    return slug;
  }

  it('registers endpoints for teachers, shows the whsec_ secret once, and refuses students and bad input', async () => {
    const teacher = await t.createUser('teacher');
    const created = await endpointFor(teacher, '/register');
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const listed = await t.http.get('/v1/webhook-endpoints').set(auth(teacher.token)).expect(200);
    expect(listed.body).toEqual([
      expect.objectContaining({ id: created.id, url: receiver.url('/register'), enabled: true }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain('whsec_');

    const student = await t.createUser('student');
    await t.http
      .post('/v1/webhook-endpoints')
      .set(auth(student.token))
      .send({ url: receiver.url('/x') })
      .expect(403);
    const bad = await t.http
      .post('/v1/webhook-endpoints')
      .set(auth(teacher.token))
      .send({ url: receiver.url('/x'), filterTypes: ['nope'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('filterTypes');

    const patched = await t.http
      .patch(`/v1/webhook-endpoints/${created.id}`)
      .set(auth(teacher.token))
      .send({ description: 'grades only', filterTypes: ['submission.graded'] })
      .expect(200);
    expect(patched.body).toMatchObject({
      url: receiver.url('/register'),
      description: 'grades only',
      filterTypes: ['submission.graded'],
    });
    await t.http
      .patch(`/v1/webhook-endpoints/${created.id}`)
      .set(auth(teacher.token))
      .send({ url: 'ftp://x.test/' })
      .expect(400);

    const other = await t.createUser('teacher');
    await t.http.get(`/v1/webhook-endpoints/${created.id}`).set(auth(other.token)).expect(404);
    const all = await t.http.get('/v1/webhook-endpoints').set(auth(t.admin.token)).expect(200);
    expect(all.body.map((endpoint: { id: string }) => endpoint.id)).toContain(created.id);
  });

  it('sends a webhook.test event that the standardwebhooks package verifies, and logs the attempt', async () => {
    const teacher = await t.createUser('teacher');
    const endpoint = await endpointFor(teacher, '/test-event');
    const res = await t.http
      .post(`/v1/webhook-endpoints/${endpoint.id}/test`)
      .set(auth(teacher.token))
      .expect(200);
    expect(res.body).toMatchObject({
      delivered: true,
      statusCode: 200,
      trigger: 'test',
      responseExcerpt: 'answered 200 to /test-event',
    });
    const [hook] = receiver.at('/test-event', 'webhook.test');
    expect(WebhookReceiver.verifies(hook, endpoint.secret)).toBe(true);
    expect(hook.headers['webhook-id']).toBe(res.body.messageId);
    expect(hook.headers['user-agent']).toBe('loopgrade-Webhooks/1');
    expect(hook.payload).toMatchObject({
      type: 'webhook.test',
      version: 1,
      data: { endpointId: endpoint.id },
    });

    const log = await t.http
      .get(`/v1/webhook-endpoints/${endpoint.id}/messages`)
      .set(auth(teacher.token))
      .expect(200);
    expect(log.body.items[0]).toMatchObject({
      type: 'webhook.test',
      status: 'delivered',
      attempts: [expect.objectContaining({ statusCode: 200 })],
    });
    expect(log.body.items[0].attempts[0].latencyMs).toEqual(expect.any(Number));
  });

  it('delivers exercise.published, submission.created and submission.graded, filtered by type', async () => {
    const teacher = await t.createUser('teacher');
    const student = await t.createUser('student');
    const everything = await endpointFor(teacher, '/all');
    await endpointFor(teacher, '/graded-only', ['submission.graded']);
    const slug = await publishExercise(teacher);
    const [published] = await receiver.waitFor('/all', 'exercise.published');
    expect(published.payload.data).toEqual({
      exerciseId: expect.any(String),
      slug,
      version: 1,
      publishedAt: expect.any(String),
    });

    const submitted = await t.http
      .post(`/v1/exercises/${slug}/submissions`)
      .set(auth(student.token))
      .send({ code: "setTimeout(() => console.log('hello'), 1000);" })
      .expect(202);
    const [created] = await receiver.waitFor('/all', 'submission.created');
    expect(created.payload.data).toMatchObject({ submissionId: submitted.body.id, userId: student.id });
    const [graded] = await receiver.waitFor('/all', 'submission.graded', 1, 60_000);
    expect(graded.payload.data).toMatchObject({
      submissionId: submitted.body.id,
      userId: student.id,
      score: 100,
      maxScore: 100,
    });
    expect(JSON.stringify(graded.payload)).not.toContain('setTimeout');

    for (const hook of [published, created, graded])
      expect(WebhookReceiver.verifies(hook, everything.secret)).toBe(true);
    expect(new Set([published, created, graded].map((hook) => hook.headers['webhook-id'])).size).toBe(3);
    await receiver.waitFor('/graded-only', 'submission.graded');
    expect(receiver.at('/graded-only').map((hook) => hook.payload.type)).toEqual(['submission.graded']);
  });

  it('retries a failed delivery with the same webhook-id and a fresh timestamp and signature', async () => {
    const teacher = await t.createUser('teacher');
    const endpoint = await endpointFor(teacher, '/flaky', ['exercise.published']);
    receiver.respond('/flaky', 500);
    await publishExercise(teacher);
    const [first, second] = await receiver.waitFor('/flaky', 'exercise.published', 2);
    expect(second.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(second.headers['webhook-timestamp']).not.toBe(first.headers['webhook-timestamp']);
    expect(second.headers['webhook-signature']).not.toBe(first.headers['webhook-signature']);
    expect(second.body).toBe(first.body);
    expect([first, second].every((hook) => WebhookReceiver.verifies(hook, endpoint.secret))).toBe(true);

    const log = await until(async () => {
      const res = await t.http.get(`/v1/webhook-endpoints/${endpoint.id}/messages`).set(auth(teacher.token));
      return res.body.items[0]?.status === 'delivered' && res.body.items[0];
    });
    expect(log.attempts.map((attempt: { statusCode: number }) => attempt.statusCode)).toEqual([500, 200]);
    expect(log.attempts[0].responseExcerpt).toBe('answered 500 to /flaky');
  });

  it.each([429, 502, 503, 504])(
    'waits as long as Retry-After says when a %i answer carries it, instead of the schedule',
    async (status) => {
      const teacher = await t.createUser('teacher');
      const path = `/throttled-${status}`;
      const endpoint = await endpointFor(teacher, path, ['exercise.published']);
      receiver.respond(path, { status, headers: { 'retry-after': '3600' } });
      await publishExercise(teacher);
      const message = await until(async () => {
        const res = await t.http
          .get(`/v1/webhook-endpoints/${endpoint.id}/messages`)
          .set(auth(teacher.token));
        return res.body.items[0]?.attemptCount === 1 && res.body.items[0];
      });
      // The schedule alone would retry after 1.2 s.
      const waitMs = Date.parse(message.nextAttemptAt) - Date.parse(message.attempts[0].attemptedAt);
      expect(waitMs).toBeGreaterThan(3_500_000);
    },
  );

  it("disables an endpoint at once on 410 Gone and tells the owner's other endpoints", async () => {
    const teacher = await t.createUser('teacher');
    const gone = await endpointFor(teacher, '/gone', ['exercise.published']);
    await endpointFor(teacher, '/notices-410', ['webhook.endpoint_disabled']);
    receiver.respond('/gone', 410);
    await publishExercise(teacher);
    const [notice] = await receiver.waitFor('/notices-410', 'webhook.endpoint_disabled');
    expect(notice.payload.data).toMatchObject({
      endpointId: gone.id,
      reason: 'The endpoint answered 410 Gone',
    });
    const state = await t.http.get(`/v1/webhook-endpoints/${gone.id}`).set(auth(teacher.token)).expect(200);
    expect(state.body).toMatchObject({ enabled: false, disabledReason: 'The endpoint answered 410 Gone' });
    expect(receiver.at('/gone')).toHaveLength(1);
  });

  it('auto-disables after sustained failure; resend still works; re-enabling needs a successful test', async () => {
    const teacher = await t.createUser('teacher');
    const failing = await endpointFor(teacher, '/down', ['exercise.published']);
    await endpointFor(teacher, '/notices', ['webhook.endpoint_disabled']);
    receiver.respond('/down', ...Array<number>(20).fill(500));
    await publishExercise(teacher);
    await receiver.waitFor('/notices', 'webhook.endpoint_disabled');
    receiver.reset('/down');
    const disabled = await t.http
      .get(`/v1/webhook-endpoints/${failing.id}`)
      .set(auth(teacher.token))
      .expect(200);
    expect(disabled.body.enabled).toBe(false);
    expect(disabled.body.disabledReason).toMatch(/^Every attempt failed since/);
    // The failure streak outlasted WEBHOOK_DISABLE_AFTER (1.5 s) after a few attempts, and then they stopped.
    const attemptsBeforeDisable = receiver.at('/down').length;
    expect(attemptsBeforeDisable).toBeGreaterThanOrEqual(3);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(receiver.at('/down')).toHaveLength(attemptsBeforeDisable);

    const log = await t.http
      .get(`/v1/webhook-endpoints/${failing.id}/messages?status=exhausted`)
      .set(auth(teacher.token))
      .expect(200);
    const message = log.body.items[0];
    const resent = await t.http
      .post(`/v1/webhook-endpoints/${failing.id}/messages/${message.messageId}/resend`)
      .set(auth(teacher.token))
      .expect(200);
    expect(resent.body).toMatchObject({ trigger: 'resend', statusCode: 200 });
    const deliveries = receiver.at('/down', 'exercise.published');
    expect(deliveries).toHaveLength(attemptsBeforeDisable + 1);
    expect(new Set(deliveries.map((hook) => hook.headers['webhook-id'])).size).toBe(1);
    expect(WebhookReceiver.verifies(deliveries.at(-1)!, failing.secret)).toBe(true);

    receiver.respond('/down', 503);
    const refused = await t.http
      .post(`/v1/webhook-endpoints/${failing.id}/enable`)
      .set(auth(teacher.token))
      .expect(409);
    expect(refused.body.detail).toMatch(/test event failed \(503\)/);
    const enabled = await t.http
      .post(`/v1/webhook-endpoints/${failing.id}/enable`)
      .set(auth(teacher.token))
      .expect(200);
    expect(enabled.body).toMatchObject({ enabled: true, disabledReason: null, failingSince: null });
  });

  it('signs with the old and the new secret while a rotation is in its grace period', async () => {
    const teacher = await t.createUser('teacher');
    const endpoint = await endpointFor(teacher, '/rotating');
    const rotated = await t.http
      .post(`/v1/webhook-endpoints/${endpoint.id}/rotate-secret`)
      .set(auth(teacher.token))
      .expect(200);
    expect(rotated.body.secret).not.toBe(endpoint.secret);
    expect(rotated.body.previousSecretValidUntil).toEqual(expect.any(String));
    await t.http.post(`/v1/webhook-endpoints/${endpoint.id}/test`).set(auth(teacher.token)).expect(200);
    const [hook] = receiver.at('/rotating', 'webhook.test');
    expect(String(hook.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(WebhookReceiver.verifies(hook, rotated.body.secret)).toBe(true);
    expect(WebhookReceiver.verifies(hook, endpoint.secret)).toBe(true);
  });

  it('re-queues a delivery whose job was lost between the outbox write and the enqueue', async () => {
    const teacher = await t.createUser('teacher');
    const endpoint = await endpointFor(teacher, '/lost');
    const dueLongAgo = new Date(Date.now() - 120_000);
    const body = JSON.stringify({
      type: 'webhook.test',
      version: 1,
      timestamp: dueLongAgo.toISOString(),
      data: {},
    });
    // What a crash right after the commit leaves behind: the rows, and no job.
    await t.app
      .get(WebhooksRepository)
      .createMessage(
        { id: 'msg_lostjob', type: 'webhook.test', body },
        [endpoint.id],
        dueLongAgo,
        dueLongAgo,
      );
    expect(await t.resolve(WebhookSweeper).sweep()).toBeGreaterThanOrEqual(1);
    const [hook] = await receiver.waitFor('/lost', 'webhook.test');
    expect(hook.headers['webhook-id']).toBe('msg_lostjob');
    expect(hook.body).toBe(body);
    expect(WebhookReceiver.verifies(hook, endpoint.secret)).toBe(true);
  });

  it('deletes messages past the 30-day retention with their log, and keeps recent ones', async () => {
    const teacher = await t.createUser('teacher');
    const endpoint = await endpointFor(teacher, '/retention');
    const repository = t.app.get(WebhooksRepository);
    const old = new Date(Date.now() - 31 * 86_400_000);
    await repository.createMessage(
      { id: 'msg_expired', type: 'webhook.test', body: '{}' },
      [endpoint.id],
      old,
      null,
    );
    await repository.createMessage(
      { id: 'msg_recent', type: 'webhook.test', body: '{}' },
      [endpoint.id],
      new Date(),
      null,
    );
    await t.resolve(WebhookSweeper).sweep();
    expect(await repository.findMessage('msg_expired')).toBeNull();
    expect(await repository.findMessage('msg_recent')).not.toBeNull();
    const log = await t.http
      .get(`/v1/webhook-endpoints/${endpoint.id}/messages`)
      .set(auth(teacher.token))
      .expect(200);
    expect(log.body.items.map((item: { messageId: string }) => item.messageId)).toEqual(['msg_recent']);
  });
});
