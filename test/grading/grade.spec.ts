import { grade, type Check, type ExerciseSpec } from '@loopgrade/grading';
import { call, lines, runResult } from './run-result.fixture';
import { ScriptedRunner } from './scripted-runner.fixture';

function spec(checks: Check[], overrides: Partial<ExerciseSpec> = {}): ExerciseSpec {
  return { language: 'js', entry: 'script', checks, ...overrides };
}

const concurrentRun = runResult({
  events: lines('1000 Task A done', '1000 Task B done', '1000 Task C done'),
  virtualTimeMs: 1000,
  calls: [call('GET /a', 0, 1000), call('GET /b', 0, 1000), call('GET /c', 0, 1000)],
});
const sequentialRun = runResult({
  events: lines('1000 Task A done', '2000 Task B done', '3000 Task C done'),
  virtualTimeMs: 3000,
  calls: [call('GET /a', 0, 1000), call('GET /b', 1000, 2000), call('GET /c', 2000, 3000)],
});
const downloadsCheck: Check = {
  id: 'downloads',
  title: 'The downloads finish together',
  kind: 'output',
  mode: 'exact',
  expect: [
    { text: 'Task A done', at: 1000 },
    { text: 'Task B done', at: 1000 },
    { text: 'Task C done', at: 1000 },
  ],
  hint: 'Start every download before awaiting any.',
};

describe('grade', () => {
  it('passes a correct program with score 100 after one run', async () => {
    const runner = new ScriptedRunner(() => concurrentRun);
    const feedback = await grade(spec([downloadsCheck]), 'code', runner);
    expect(feedback).toMatchObject({ status: 'passed', score: 100, message: '1 of 1 checks passed' });
    expect(feedback.checks[0]).toMatchObject({
      status: 'passed',
      score: 1,
      maxScore: 1,
      message: null,
      hint: null,
    });
    expect(runner.calls).toHaveLength(1);
  });

  it('states the first divergence with an inferred explanation, the hint and an excerpt', async () => {
    const feedback = await grade(spec([downloadsCheck]), 'code', new ScriptedRunner(() => sequentialRun));
    expect(feedback.status).toBe('failed');
    expect(feedback.checks[0]).toMatchObject({
      status: 'failed',
      score: 0,
      message:
        'expected `Task B done` at 1000 ms, got it at 2000 ms: your requests ran one after another instead of at the same time',
      hint: 'Start every download before awaiting any.',
      excerpt: {
        expected: ['  1000 ms  Task A done', '  1000 ms  Task B done', '  1000 ms  Task C done'],
        actual: ['  1000 ms  Task A done', '  2000 ms  Task B done', '  3000 ms  Task C done'],
      },
    });
  });

  it("prefers the check's own explain over the inferred one", async () => {
    const check = { ...downloadsCheck, explain: 'your downloads ran one after another' };
    const feedback = await grade(spec([check]), 'code', new ScriptedRunner(() => sequentialRun));
    expect(feedback.checks[0].message).toBe(
      'expected `Task B done` at 1000 ms, got it at 2000 ms: your downloads ran one after another',
    );
  });

  it('weights the score and reports only title and verdict for hidden checks', async () => {
    const hidden: Check = {
      ...downloadsCheck,
      id: 'hidden',
      title: 'Secret',
      visibility: 'hidden',
      weight: 3,
    };
    const clean: Check = { id: 'clean', title: 'Clean', kind: 'clean-exit', weight: 1 };
    const feedback = await grade(spec([hidden, clean]), 'code', new ScriptedRunner(() => sequentialRun));
    expect(feedback.score).toBe(25);
    expect(feedback.checks[0]).toEqual({
      id: 'hidden',
      title: 'Secret',
      kind: 'output',
      visibility: 'hidden',
      status: 'failed',
      score: 0,
      passedShare: 0,
      maxScore: 3,
      message: null,
      hint: null,
      excerpt: null,
      schedule: null,
    });
    expect(JSON.stringify(feedback)).not.toContain('Start every download');
  });

  it('counts checks equally when every weight is 0, so an informational failure does not zero the score', async () => {
    const informational = (check: Check): Check => ({ ...check, weight: 0 });
    const clean: Check = { id: 'clean', title: 'Clean', kind: 'clean-exit' };
    const feedback = await grade(
      spec([informational(downloadsCheck), informational(clean)]),
      'code',
      new ScriptedRunner(() => sequentialRun),
    );
    expect(feedback.checks.map((check) => check.status)).toEqual(['failed', 'passed']);
    expect(feedback.score).toBe(50);
  });

  it('fails every check after a syntax error without further runs', async () => {
    const broken = runResult({
      status: 'syntax-error',
      exitCode: 1,
      error: { name: 'SyntaxError', message: 'Unexpected token', line: 3, column: 5 },
    });
    const runner = new ScriptedRunner(() => broken);
    const result: Check = { id: 'r', title: 'R', kind: 'result', export: 'f', schedules: 3 };
    const feedback = await grade(spec([downloadsCheck, result], { entry: 'module' }), 'code', runner);
    expect(runner.calls).toHaveLength(1);
    expect(feedback).toMatchObject({
      status: 'syntax-error',
      score: 0,
      message: 'the program did not parse: SyntaxError: Unexpected token (line 3, column 5)',
    });
    expect(feedback.checks.map((check) => check.message)).toEqual([
      'the program did not parse: SyntaxError: Unexpected token (line 3, column 5)',
      'the program did not parse: SyntaxError: Unexpected token (line 3, column 5)',
    ]);
  });

  it('still grades what a crashed program produced and names the crash', async () => {
    const crashed = runResult({
      ...concurrentRun,
      status: 'crashed',
      exitCode: 1,
      error: { name: 'TypeError', message: 'x is not a function', line: 9, column: 2 },
    });
    const clean: Check = { id: 'clean', title: 'Clean', kind: 'clean-exit' };
    const feedback = await grade(spec([downloadsCheck, clean]), 'code', new ScriptedRunner(() => crashed));
    expect(feedback).toMatchObject({
      status: 'crashed',
      score: 50,
      message: 'the program crashed: TypeError: x is not a function (line 9, column 2)',
    });
  });

  it('names the failing seed, the replay command and where the timelines diverge', async () => {
    const runner = new ScriptedRunner((options) => (options.seed === 2 ? sequentialRun : concurrentRun));
    const check: Check = { ...downloadsCheck, schedules: 3 };
    const feedback = await grade(spec([check]), 'code', runner);
    expect(runner.calls.map((entry) => entry.options.seed)).toEqual([undefined, 1, 2]);
    expect(feedback.status).toBe('failed');
    expect(feedback.checks[0].message).toMatch(
      /^under schedule seed 2: expected `Task B done` at 1000 ms, got it at 2000 ms/,
    );
    expect(feedback.checks[0].schedule).toEqual({
      seed: 2,
      replay: 'loopgrade run --seed 2 main.js',
      divergence: {
        index: 1,
        defaultTimeline: ['  1000 ms  Task A done', '  1000 ms  Task B done', '  1000 ms  Task C done'],
        seededTimeline: ['  1000 ms  Task A done', '  2000 ms  Task B done', '  3000 ms  Task C done'],
      },
    });
  });

  it('runs each distinct invocation and test source once, with the exercise options', async () => {
    const runner = new ScriptedRunner((options) =>
      runResult({
        invocation: options.invoke
          ? { outcome: 'resolved', value: options.invoke.args[0], settledAt: 0 }
          : undefined,
        tests: options.testSource ? [{ name: 't', status: 'passed', message: null }] : undefined,
      }),
    );
    const checks: Check[] = [
      { id: 'one', title: 'One', kind: 'result', export: 'echo', args: [1], value: 1 },
      { id: 'same', title: 'Same call', kind: 'result', export: 'echo', args: [1], matches: { $gt: 0 } },
      { id: 'two', title: 'Two', kind: 'result', export: 'echo', args: [2], value: 2, schedules: 1 },
      { id: 'tests', title: 'Tests', kind: 'test', source: 'it("t", () => {})' },
    ];
    const exercise = spec(checks, {
      language: 'ts',
      entry: 'module',
      moduleType: 'esm',
      limits: { cpuMs: 500, virtualHorizonMs: 10_000 },
      services: { named: { db: [{ match: 'get', latencyMs: 5 }] } },
      blockFor: true,
    });
    const feedback = await grade(exercise, 'code', runner);
    expect(feedback.status).toBe('passed');
    expect(feedback.stats.runs).toBe(5);
    expect(runner.calls).toHaveLength(5);
    expect(runner.calls[0].options).toEqual({
      cpuMs: 500,
      virtualHorizonMs: 10_000,
      filename: 'main.mts',
      entry: 'module',
      services: { named: { db: [{ match: 'get', latencyMs: 5 }] } },
      blockFor: true,
    });
    const requests = runner.calls.map(({ options }) => [options.seed, options.invoke, options.testSource]);
    expect(requests).toEqual(
      expect.arrayContaining([
        [undefined, { export: 'echo', args: [1] }, undefined],
        [undefined, { export: 'echo', args: [2] }, undefined],
        [1, { export: 'echo', args: [2] }, undefined],
        [undefined, undefined, 'it("t", () => {})'],
      ]),
    );
  });

  it('caps the timeline and sums the cost of every run', async () => {
    const chatty = runResult({
      events: Array.from({ length: 10 }, (_unused, index) => ({
        t: index,
        stream: 'stdout' as const,
        text: `line ${index}`,
      })),
      stats: { callbacks: 10, cpuMs: 3, wallMs: 4 },
    });
    const check: Check = { id: 'clean', title: 'Clean', kind: 'clean-exit', schedules: 2 };
    const feedback = await grade(spec([check]), 'code', new ScriptedRunner(() => chatty), {
      timelineLimit: 4,
    });
    expect(feedback.timeline.map((event) => event.text)).toEqual(['line 0', 'line 1', 'line 2', 'line 3']);
    expect(feedback.timelineTruncated).toBe(true);
    expect(feedback.stats).toEqual({ virtualTimeMs: 0, callbacks: 10, cpuMs: 9, wallMs: 12, runs: 3 });
  });
});
