import { evaluateCheck, type CallsCheck } from '@loopgrade/grading';
import { call, runResult } from './run-result.fixture';

function callsCheck(overrides: Partial<CallsCheck>): CallsCheck {
  return { id: 'calls', title: 'Calls', kind: 'calls', ...overrides };
}

const items = (starts: number[], latency = 100) =>
  starts.map((start, index) => call(`GET https://api.test/items/${index + 1}`, start, start + latency));

describe('calls checks', () => {
  it('counts the calls matching the service and target filters', () => {
    const run = runResult({ calls: [...items([0, 0, 0]), call('GET https://api.test/user', 0, 50)] });
    expect(
      evaluateCheck(callsCheck({ target: 'GET https://api.test/items/*', count: 3 }), run).fraction,
    ).toBe(1);
    expect(evaluateCheck(callsCheck({ service: 'db', count: { min: 1 } }), run).message).toBe(
      'expected at least 1 call to db, got 0',
    );
    expect(evaluateCheck(callsCheck({ count: { max: 2 } }), run).message).toBe(
      'expected at most 2 calls, got 4',
    );
  });

  it('measures peak concurrency with a call ending at t freeing its slot for one starting at t', () => {
    const pool = runResult({ calls: items([0, 0, 100, 100, 200, 200]) });
    expect(evaluateCheck(callsCheck({ maxConcurrency: 2 }), pool).fraction).toBe(1);
    expect(evaluateCheck(callsCheck({ concurrency: 2 }), pool).fraction).toBe(1);
    const burst = runResult({ calls: items([0, 0, 0, 0]) });
    expect(evaluateCheck(callsCheck({ maxConcurrency: 2 }), burst)).toMatchObject({
      cause: 'too-concurrent',
      message: 'expected at most 2 calls in flight at once, got 4 at 0 ms',
    });
  });

  it('reports sequential calls when concurrency is required', () => {
    const sequential = runResult({ calls: items([0, 100, 200]) });
    expect(evaluateCheck(callsCheck({ concurrency: 3 }), sequential)).toMatchObject({
      cause: 'not-concurrent',
      message: 'expected 3 calls in flight at once, got at most 1',
    });
  });

  it('counts a call that never ended as in flight until the end', () => {
    const run = runResult({ calls: [call('GET /slow', 0, null), call('GET /fast', 500, 600)] });
    expect(evaluateCheck(callsCheck({ maxConcurrency: 1 }), run).message).toContain('got 2 at 500 ms');
  });

  it('checks the start order against wildcard patterns', () => {
    const run = runResult({ calls: [call('GET /profile', 0, 10), call('GET /posts?page=1', 10, 20)] });
    expect(evaluateCheck(callsCheck({ order: ['GET */profile', 'GET */posts*'] }), run).fraction).toBe(1);
    expect(evaluateCheck(callsCheck({ order: ['GET */posts*', 'GET */profile'] }), run).message).toBe(
      'expected call 1 to be `GET */posts*`, got `GET /profile` (started at 0 ms)',
    );
  });

  it('checks absolute start times within a tolerance', () => {
    const run = runResult({ calls: items([0, 150, 400]) });
    expect(evaluateCheck(callsCheck({ startTimes: { at: [0, 148, 402], tolerance: 2 } }), run).fraction).toBe(
      1,
    );
    expect(evaluateCheck(callsCheck({ startTimes: { at: [0, 100, 400], tolerance: 5 } }), run)).toMatchObject(
      {
        cause: 'late',
        message: 'expected call 2 to start at 100 ± 5 ms, it started at 150 ms',
      },
    );
  });

  it('checks retry delays from the end of one call to the start of the next', () => {
    // Each failing attempt takes 50 ms; back-off waits 100, 200, 400 ms.
    const attempts = [
      call('POST /flaky', 0, 50),
      call('POST /flaky', 150, 200),
      call('POST /flaky', 400, 450),
      call('POST /flaky', 850, 900),
    ];
    const run = runResult({
      calls: attempts.map((attempt) => ({ ...attempt, outcome: 'rejected' as const })),
    });
    expect(evaluateCheck(callsCheck({ startTimes: { delays: [100, 200, 400] } }), run).fraction).toBe(1);
    const immediate = runResult({ calls: [call('POST /flaky', 0, 50), call('POST /flaky', 50, 100)] });
    expect(evaluateCheck(callsCheck({ startTimes: { delays: [100] } }), immediate)).toMatchObject({
      cause: 'early',
      message: 'expected call 2 to start 100 ms after call 1 ended, it started after 0 ms (at 50 ms)',
    });
    const overlapping = runResult({ calls: [call('POST /flaky', 0, 150), call('POST /flaky', 50, 100)] });
    expect(evaluateCheck(callsCheck({ startTimes: { delays: [100] } }), overlapping).message).toBe(
      'expected call 2 to start 100 ms after call 1 ended, it started while the previous call was still pending (at 50 ms)',
    );
    const twoAttempts = runResult({ calls: [call('POST /flaky', 0, 50), call('POST /flaky', 150, 200)] });
    expect(evaluateCheck(callsCheck({ startTimes: { delays: [100, 200] } }), twoAttempts).message).toBe(
      'expected call 3 after a 200 ms wait, but there were only 2 calls',
    );
  });

  it('requires every matching call to end in an allowed outcome', () => {
    const run = runResult({ calls: [call('GET /fast', 0, 10), call('GET /slow', 0, null)] });
    expect(evaluateCheck(callsCheck({ outcomes: ['resolved', 'rejected', 'aborted'] }), run)).toMatchObject({
      cause: 'left-pending',
      message:
        'expected every call to end resolved or rejected or aborted, but `GET /slow` (started at 0 ms) was pending',
    });
    const aborted = runResult({ calls: [call('GET /slow', 0, 100, { outcome: 'aborted' })] });
    expect(evaluateCheck(callsCheck({ target: '*/slow', outcomes: ['aborted'] }), aborted).fraction).toBe(1);
  });
});
