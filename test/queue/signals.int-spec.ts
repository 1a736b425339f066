import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import {
  InProcessSignals,
  MAY_HAVE_MISSED,
  RedisSignals,
  SignalledCache,
  type Signals,
  SubmissionUpdates,
} from '@loopgrade/queue';
import { USING_REDIS } from '../support/test-database';

/** Whether `promise` settles within `ms`; the timer is cleared either way, so no test leaves one behind. */
async function settledWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Signals between the processes of one installation, on the adapter this environment runs: Redis pub/sub
 * between a grading process and an API process, or one process.
 */
describe(`signals between processes (${USING_REDIS ? 'Redis pub/sub' : 'in process'})`, () => {
  let grader: Signals;
  let api: Signals;
  /** The queue prefix both processes share; each connection is named after it. */
  let prefix = '';
  const opened: RedisSignals[] = [];

  beforeEach(() => {
    if (USING_REDIS) {
      prefix = `signals${randomBytes(3).toString('hex')}`;
      const pair = [0, 1].map(() => new RedisSignals(process.env.REDIS_URL!, prefix));
      opened.push(...pair);
      [grader, api] = pair;
    } else {
      grader = api = new InProcessSignals();
    }
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((signals) => signals.onModuleDestroy()));
  });

  /**
   * Redis delivers only to connections that have subscribed: wait until the subscription is confirmed (its
   * MAY_HAVE_MISSED notice) or a signal gets through.
   */
  async function connected(updates: SubmissionUpdates, sender: SubmissionUpdates): Promise<void> {
    for (;;) {
      const probe = updates.watch('probe', 200);
      await sender.finished('probe');
      if (await settledWithin(probe.done, 150)) return;
    }
  }

  describe('submission updates (the ?wait= long poll)', () => {
    let waiting: SubmissionUpdates;
    let grading: SubmissionUpdates;

    beforeEach(async () => {
      waiting = new SubmissionUpdates(api);
      grading = new SubmissionUpdates(grader);
      await connected(waiting, grading);
    });

    it('wakes every watcher of the submission that finished, long before their timeout', async () => {
      const first = waiting.watch('submission-1', 30_000);
      const second = waiting.watch('submission-1', 30_000);
      await grading.finished('submission-1');
      expect(await settledWithin(Promise.all([first.done, second.done]), 5_000)).toBe(true);
    });

    it('leaves the watchers of other submissions waiting until closed', async () => {
      const other = waiting.watch('submission-2', 30_000);
      await grading.finished('submission-3');
      expect(await settledWithin(other.done, 300)).toBe(false);
      other.close();
      expect(await settledWithin(other.done, 100)).toBe(true);
    });

    it('settles at the timeout when no signal comes, so a lost signal only delays a re-read', async () => {
      const watch = waiting.watch('never-finished', 50);
      expect(await settledWithin(watch.done, 5_000)).toBe(true);
    });
  });

  describe('signalled cache', () => {
    it('reads once, then answers from memory until a change is signalled by another process', async () => {
      let reads = 0;
      let stored = false;
      const cache = new SignalledCache<boolean>(api, 'integrations-changed', 60_000);
      const read = () => cache.get('endpoints', async () => (reads++, stored));
      await connected(new SubmissionUpdates(api), new SubmissionUpdates(grader));

      expect(await read()).toBe(false);
      expect(await read()).toBe(false);
      expect(reads).toBe(1);

      stored = true;
      await grader.publish('integrations-changed');
      for (let i = 0; i < 50 && reads === 1; i++) {
        await read();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(await read()).toBe(true);
      expect(reads).toBe(2);
    });

    it('reads again once an answer is older than its maximum age, in case a signal was lost', async () => {
      let reads = 0;
      const cache = new SignalledCache<number>(api, 'integrations-changed', 30);
      await cache.get('k', async () => ++reads);
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(await cache.get('k', async () => ++reads)).toBe(2);
    });

    it('does not keep a failed read', async () => {
      const cache = new SignalledCache<number>(api, 'integrations-changed', 60_000);
      await expect(cache.get('k', () => Promise.reject(new Error('database down')))).rejects.toThrow();
      expect(await cache.get('k', async () => 7)).toBe(7);
    });
  });

  // Only processes on Redis can stop hearing each other; in one process nothing is ever missed.
  const onRedis = USING_REDIS ? describe : () => undefined;
  onRedis('while a process cannot hear Redis', () => {
    /** Makes Redis close the connection this test's processes listen on, and no other. */
    async function dropSubscribers(): Promise<void> {
      const name = `${prefix}:signal:subscriber`;
      const admin = new Redis(process.env.REDIS_URL!);
      try {
        const clients = (await admin.call('CLIENT', 'LIST', 'TYPE', 'pubsub')) as string;
        const ours = clients.split('\n').filter((entry) => entry.includes(` name=${name} `));
        expect(ours).not.toHaveLength(0);
        for (const entry of ours) await admin.call('CLIENT', 'KILL', 'ID', /\bid=(\d+)/.exec(entry)![1]);
      } finally {
        admin.disconnect();
      }
    }

    /** Resolves with the next message `signals` delivers on `topic`. */
    function nextMessage(signals: Signals, topic: 'integrations-changed' | 'submission-finished') {
      return new Promise<string>((resolve) => signals.subscribe(topic, resolve));
    }

    it('drops what a cache kept before its subscription was confirmed', async () => {
      let reads = 0;
      const cache = new SignalledCache<number>(api, 'integrations-changed', 60_000);
      const confirmed = nextMessage(api, 'integrations-changed');
      // Kept before Redis could have confirmed the subscription: a change published meanwhile is unheard.
      expect(await cache.get('k', async () => ++reads)).toBe(1);
      expect(await confirmed).toBe(MAY_HAVE_MISSED);
      expect(await cache.get('k', async () => ++reads)).toBe(2);
    });

    it('re-reads what a cache kept, and wakes every long poll, once a lost connection is back', async () => {
      let reads = 0;
      const cache = new SignalledCache<number>(api, 'integrations-changed', 60_000);
      const waiting = new SubmissionUpdates(api);
      await connected(waiting, new SubmissionUpdates(grader));
      await cache.get('k', async () => ++reads);
      expect(await cache.get('k', async () => ++reads)).toBe(1);

      const poll = waiting.watch('submission-during-outage', 60_000);
      expect(await settledWithin(poll.done, 300)).toBe(false);
      await dropSubscribers();
      expect(await settledWithin(poll.done, 10_000)).toBe(true);
      expect(await cache.get('k', async () => ++reads)).toBe(2);
    });
  });

  describe('with Redis unreachable', () => {
    it('a finish signal neither throws nor blocks, and shutdown does not wait for Redis', async () => {
      const unreachable = new RedisSignals('redis://127.0.0.1:1', 'nowhere');
      expect(() => new SubmissionUpdates(unreachable).finished('submission-9')).not.toThrow();
      const failed = unreachable.publish('submission-finished', 'x').then(
        () => false,
        () => true,
      );
      expect(await settledWithin(failed, 10_000)).toBe(true);
      const started = Date.now();
      await unreachable.onModuleDestroy();
      expect(Date.now() - started).toBeLessThan(5_000);
    });
  });
});
