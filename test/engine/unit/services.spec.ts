import type { ServicesSpec } from '@loopgrade/engine';
import { runInProcess, timeline } from './run-in-process';

const services: ServicesSpec = {
  fetch: [
    { match: 'https://api.test/users/*', latencyMs: 50, body: { id: 1 } },
    {
      match: 'https://api.test/flaky',
      latencyMs: 10,
      sequence: [
        { latencyMs: 10, fail: 'reject' },
        { latencyMs: 20, status: 503 },
        { latencyMs: 5, body: 'ok' },
      ],
    },
    { match: 'https://api.test/hang', latencyMs: 0, fail: 'hang' },
  ],
  named: { db: [{ match: 'getUser', latencyMs: 20, body: { name: 'Ann' } }] },
};

describe('virtual services', () => {
  it('answers fetch routes after their latency and logs every call', () => {
    const result = runInProcess(
      `(async () => {
        const r = await fetch('https://api.test/users/1');
        console.log(r.status, r.ok, JSON.stringify(await r.json()));
        for (let i = 0; i < 3; i++) {
          try { const f = await fetch('https://api.test/flaky'); console.log('flaky', f.status, await f.text()); }
          catch (e) { console.log('flaky failed', e.message); }
        }
        console.log(await services.db('getUser', 1));
      })();`,
      { services },
    );
    expect(timeline(result)).toEqual([
      '200 true {"id":1}@50',
      'flaky failed fetch failed@60',
      'flaky 503 @80',
      'flaky 200 ok@85',
      "{ name: 'Ann' }@105",
    ]);
    expect(result.calls).toEqual([
      {
        service: 'fetch',
        target: 'GET https://api.test/users/1',
        start: 0,
        end: 50,
        outcome: 'resolved',
        status: 200,
      },
      { service: 'fetch', target: 'GET https://api.test/flaky', start: 50, end: 60, outcome: 'rejected' },
      {
        service: 'fetch',
        target: 'GET https://api.test/flaky',
        start: 60,
        end: 80,
        outcome: 'resolved',
        status: 503,
      },
      {
        service: 'fetch',
        target: 'GET https://api.test/flaky',
        start: 80,
        end: 85,
        outcome: 'resolved',
        status: 200,
      },
      { service: 'db', target: 'getUser', start: 85, end: 105, outcome: 'resolved' },
    ]);
  });

  it('honours AbortSignal for hanging requests and records the abort', () => {
    const result = runInProcess(
      `fetch('https://api.test/hang', { signal: AbortSignal.timeout(30) }).catch((e) => console.log(e.name));
       setTimeout(() => {}, 40);`,
      { services },
    );
    expect(timeline(result)).toEqual(['TimeoutError@30']);
    expect(result.calls[0]).toMatchObject({ outcome: 'aborted', start: 0, end: 30 });
  });

  it('leaves unknown URLs rejected with a message naming the route', () => {
    const result = runInProcess(
      `fetch('https://elsewhere.test/').catch((e) => console.log(e.message, '|', e.cause.message));`,
      { services },
    );
    expect(timeline(result)).toEqual([
      'fetch failed | loopgrade: no virtual route for GET https://elsewhere.test/@0',
    ]);
  });

  it('stops a program that floods the call log, and keeps long targets short in it', () => {
    const flood = runInProcess(
      `const ac = new AbortController(); ac.abort();
       for (let i = 0; ; i++) fetch('https://api.test/' + i, { signal: ac.signal }).catch(() => {});`,
      { services },
    );
    expect(flood.status).toBe('event-limit');
    expect(flood.message).toBe('more than 5000 service calls were made');
    expect(flood.calls).toHaveLength(5000);
    const long = runInProcess(`fetch('https://api.test/' + 'x'.repeat(1e6)).catch(() => {});`, { services });
    expect(long.calls[0].target).toBe(`GET https://api.test/${'x'.repeat(512 - 21)}…`);
  });

  it('blockFor advances the clock synchronously so due timers fire late', () => {
    const result = runInProcess(
      `setTimeout(() => console.log('timer due at 10', performance.now()), 10);
       blockFor(100);
       console.log('after block', Date.now() - ${Date.UTC(2026, 0, 1)});`,
      { blockFor: true },
    );
    expect(timeline(result)).toEqual(['after block 100@100', 'timer due at 10 100@100']);
  });

  it('draws latency jitter from the seed, the same for the same seed', () => {
    const jittery: ServicesSpec = { fetch: [{ match: '*', latencyMs: 100, jitterMs: 50 }] };
    const source = `(async () => { for (let i = 0; i < 3; i++) await fetch('https://x.test/' + i); console.log(performance.now()); })();`;
    const first = runInProcess(source, { services: jittery, seed: 7 });
    const again = runInProcess(source, { services: jittery, seed: 7 });
    const unseeded = runInProcess(source, { services: jittery });
    expect(timeline(first)).toEqual(timeline(again));
    expect(timeline(unseeded)).toEqual(['300@300']);
    for (const call of first.calls)
      expect(Math.abs((call.end as number) - call.start - 100)).toBeLessThanOrEqual(50);
  });
});
