import { randomBytes } from 'node:crypto';
import { InProcessSubmissionUpdates, RedisSubmissionUpdates, type SubmissionUpdates } from '@loopgrade/queue';
import { USING_REDIS } from '../support/test-database';

const settledWithin = (promise: Promise<void>, ms: number): Promise<boolean> =>
  Promise.race([
    promise.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);

/**
 * The finish signal behind `?wait=` long polls, on the adapter this environment runs: Redis pub/sub between
 * a grading process and an API process, or in one process.
 */
describe(`submission finish signals (${USING_REDIS ? 'Redis pub/sub' : 'in process'})`, () => {
  let grader: SubmissionUpdates;
  let api: SubmissionUpdates;
  const opened: RedisSubmissionUpdates[] = [];

  beforeEach(() => {
    if (USING_REDIS) {
      const prefix = `signals${randomBytes(3).toString('hex')}`;
      const pair = [0, 1].map(() => new RedisSubmissionUpdates(process.env.REDIS_URL!, prefix));
      opened.push(...pair);
      [grader, api] = pair;
    } else {
      grader = api = new InProcessSubmissionUpdates();
    }
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((updates) => updates.onModuleDestroy()));
  });

  /** Redis delivers only to subscribed connections: wait until a signal gets through. */
  async function subscribed(): Promise<void> {
    for (;;) {
      const probe = api.watch('probe', 200);
      await grader.finished('probe');
      if (await settledWithin(probe.done, 150)) return;
    }
  }

  it('wakes the watchers of the submission that finished, long before their timeout', async () => {
    await subscribed();
    const first = api.watch('submission-1', 30_000);
    const second = api.watch('submission-1', 30_000);
    await grader.finished('submission-1');
    expect(
      await settledWithin(
        Promise.all([first.done, second.done]).then(() => undefined),
        5_000,
      ),
    ).toBe(true);
  });

  it('leaves the watchers of other submissions waiting', async () => {
    await subscribed();
    const other = api.watch('submission-2', 30_000);
    await grader.finished('submission-3');
    expect(await settledWithin(other.done, 300)).toBe(false);
    other.close();
    expect(await settledWithin(other.done, 100)).toBe(true);
  });

  it('settles at the timeout when no signal comes, so a lost signal only delays a re-read', async () => {
    const watch = api.watch('never-finished', 50);
    expect(await settledWithin(watch.done, 5_000)).toBe(true);
  });
});
