import { PrismaService } from '@loopgrade/database';
import { auth, helloLaterExercise } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * A submission whose grading keeps killing its worker comes back to the queue each time (the reconciler
 * or BullMQ's stall check). Each try is counted on the row; past GRADING_MAX_ATTEMPTS it ends as `error`
 * instead of looping forever. The deaths are simulated by leaving the row `running` with its attempts used.
 */
describe('a poison submission ends as error, not in a loop', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      env: { GRADING_MAX_ATTEMPTS: '2', STALE_JOB_MS: '1000', RECONCILE_INTERVAL_MS: '300' },
    });
  });
  afterAll(() => t.close());

  it('after GRADING_MAX_ATTEMPTS interrupted tries the submission is error with a message', async () => {
    const teacher = await t.createUser('teacher');
    await t.http
      .post('/v1/exercises')
      .set(auth(teacher.token))
      .send(helloLaterExercise('poison'))
      .expect(201);
    const prisma = t.app.get(PrismaService);
    const submission = await t.http
      .post('/v1/exercises/poison/submissions')
      .set(auth(teacher.token))
      .send({ code: "setTimeout(() => console.log('hello'), 1000);" })
      .expect(202);
    await t.http.get(`/v1/submissions/${submission.body.id}?wait=30`).set(auth(teacher.token)).expect(200);
    // Two workers died while grading it: the row is left running, both attempts used, long untouched.
    await prisma.result.delete({ where: { submissionId: submission.body.id } });
    await prisma.$executeRaw`UPDATE submissions SET status = 'running', attempts = 2, finished_at = NULL,
      updated_at = now() - interval '1 hour' WHERE id = ${submission.body.id}::uuid`;

    const res = await t.http
      .get(`/v1/submissions/${submission.body.id}?wait=30`)
      .set(auth(teacher.token))
      .expect(200);
    expect(res.body).toMatchObject({ status: 'error', attempts: 3, result: null });
    expect(res.body.error).toMatch(/interrupted 2 times/);
  });
});
