import { PrismaService } from '@loopgrade/database';
import { auth, helloLaterExercise } from '../support/fixtures';
import { startTestApp, type TestApp, type TestUser } from '../support/test-app';
import { until } from '../support/until';
import { GradeSyncSweeper } from '../../apps/worker/src/processors/lti-grade-sync/grade-sync-sweeper.service';
import { FakePlatform } from './fake-platform';
import { CLAIM, LmsBrowser, placement } from './lms-browser';
import { PUBLIC_URL, listenAndRegister } from './registered-platform';
import { WebhookReceiver } from './webhook-receiver';

const CORRECT = "setTimeout(() => console.log('hello'), 1000);";

interface SyncView {
  id: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
}

/** Retries an hour apart: only the sweeper moves a score on within a test. */
describe('LTI grade passback: the sweeper keeps the retry schedule and never sends beside a running attempt', () => {
  let t: TestApp;
  let platform: FakePlatform;
  let receiver: WebhookReceiver;
  let browser: LmsBrowser;
  let teacher: TestUser;
  let prisma: PrismaService;

  beforeAll(async () => {
    platform = await FakePlatform.start();
    receiver = await WebhookReceiver.start();
    t = await startTestApp({
      env: {
        PUBLIC_URL,
        WEBHOOK_ALLOW_PRIVATE: 'true',
        WEBHOOK_RETRY_SCHEDULE: '0,1h,1h',
        LTI_SERVICE_TIMEOUT: '10s',
      },
    });
    browser = new LmsBrowser(await listenAndRegister(t, platform), platform);
    teacher = await t.createUser('teacher');
    prisma = t.app.get(PrismaService);
  }, 180_000);
  afterAll(async () => {
    await t.close();
    await platform.stop();
    await receiver.stop();
  });

  /** A student launches a placement of a fresh exercise and hands in a correct solution. */
  async function gradedPlacement(slug: string, student: string): Promise<void> {
    await t.http.post('/v1/exercises').set(auth(teacher.token)).send(helloLaterExercise(slug)).expect(201);
    await t.http.post(`/v1/exercises/${slug}/publish`).set(auth(teacher.token)).expect(200);
    const session = await browser.launch(student, {
      ...placement(`link-${slug}`, 'course-1'),
      [`${CLAIM}custom`]: { exercise_id: slug },
    });
    const submitted = await t.http
      .post(`/v1/exercises/${slug}/submissions`)
      .set(auth(session.token))
      .send({ code: CORRECT })
      .expect(202);
    await t.http.get(`/v1/submissions/${submitted.body.id}?wait=30`).set(auth(session.token)).expect(200);
  }

  async function syncOf(slug: string): Promise<SyncView> {
    const res = await t.http
      .get(`/v1/lti/exercises/${slug}/grade-syncs`)
      .set(auth(teacher.token))
      .expect(200);
    return (res.body as SyncView[])[0];
  }

  /** What a lost retry job leaves behind (Redis flushed, worker restarted): a row due long ago. */
  async function loseTheRetryJob(syncId: string): Promise<void> {
    await prisma.ltiGradeSync.update({
      where: { id: syncId },
      data: { nextAttemptAt: new Date(Date.now() - 3_600_000) },
    });
  }

  it('a score the LMS keeps refusing ends as failed with grade_sync.failed, however often the sweeper re-queues it', async () => {
    await t.http
      .post('/v1/webhook-endpoints')
      .set(auth(teacher.token))
      .send({ url: receiver.url('/failures'), filterTypes: ['grade_sync.failed'] })
      .expect(201);
    platform.failNext('scores', { status: 503 }, { status: 503 }, { status: 503 });
    await gradedPlacement('refused', 'student-1');
    let sync = await until(async () => {
      const row = await syncOf('refused');
      return row?.attempts === 1 && row;
    });
    expect(sync).toMatchObject({ status: 'pending', lastStatusCode: 503 });

    for (const attempts of [2, 3]) {
      await loseTheRetryJob(sync.id);
      expect(await t.resolve(GradeSyncSweeper).sweep()).toBe(1);
      sync = await until(async () => {
        const row = await syncOf('refused');
        return row.attempts === attempts && row;
      });
    }
    expect(sync).toMatchObject({ status: 'failed', attempts: 3, lastStatusCode: 503 });
    const [event] = await receiver.waitFor('/failures', 'grade_sync.failed');
    expect(event.payload.data).toMatchObject({ gradeSyncId: sync.id, statusCode: 503 });
  });

  it('a slow attempt is not taken for an abandoned one: the sweeper leaves it alone and the score is sent once', async () => {
    platform.failNext('scores', { status: 200, delayMs: 3000 });
    const before = platform.scores.length;
    await gradedPlacement('slow', 'student-2');
    const sync = await until(async () => (await syncOf('slow')) ?? false);
    // While the LMS holds the post, make the claim look minutes old, as a long attempt's would.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await prisma.$executeRaw`UPDATE lti_grade_syncs SET updated_at = now() - interval '10 minutes' WHERE id = ${sync.id}::uuid`;
    expect(await t.resolve(GradeSyncSweeper).sweep()).toBe(0);
    await until(async () => (await syncOf('slow')).status === 'synced');
    // The held post answered 200 without being recorded; a second, concurrent post would be.
    expect(platform.scores.length).toBe(before);
  });
});
