/**
 * Grading real programs through the real engine (SandboxPool): the whole path from source to feedback.
 * Expected timings follow Node semantics for the services declared here (each request takes its
 * `latencyMs`): concurrent requests finish together, sequential ones add up.
 */
import { SandboxPool } from '@loopgrade/engine';
import { grade, type Check, type ExerciseSpec } from '@loopgrade/grading';

const pool = new SandboxPool({ size: 1 });
afterAll(() => pool.close());

const downloads: ExerciseSpec = {
  language: 'js',
  entry: 'script',
  services: { fetch: [{ match: 'https://api.test/files/*', latencyMs: 1000, body: 'data' }] },
  checks: [
    {
      id: 'together',
      title: 'The three downloads finish together',
      kind: 'output',
      mode: 'exact',
      expect: [
        { text: 'Task A done', at: 1000 },
        { text: 'Task B done', at: 1000 },
        { text: 'Task C done', at: 1000 },
        { text: 'all done', at: 1000 },
      ],
    },
    {
      id: 'parallel',
      title: 'Three requests in flight at once',
      kind: 'calls',
      service: 'fetch',
      count: 3,
      concurrency: 3,
    },
    { id: 'fast', title: 'Done within a second', kind: 'timing', total: { max: 1000 } },
    { id: 'clean', title: 'Exits cleanly', kind: 'clean-exit' },
  ],
};

const downloadProgram = (body: string) => `
async function download(name) {
  await fetch('https://api.test/files/' + name);
  console.log('Task ' + name + ' done');
}
async function main() {
${body}
  console.log('all done');
}
main();
`;

describe('grading through the real engine', () => {
  it('passes concurrent downloads', async () => {
    const feedback = await grade(
      downloads,
      downloadProgram("  await Promise.all(['A', 'B', 'C'].map(download));"),
      pool,
    );
    expect(feedback.checks.map((check) => [check.id, check.status, check.message])).toEqual([
      ['together', 'passed', null],
      ['parallel', 'passed', null],
      ['fast', 'passed', null],
      ['clean', 'passed', null],
    ]);
    expect(feedback).toMatchObject({ status: 'passed', score: 100 });
    expect(feedback.timeline.map((event) => [event.t, event.text])).toEqual([
      [1000, 'Task A done'],
      [1000, 'Task B done'],
      [1000, 'Task C done'],
      [1000, 'all done'],
    ]);
  });

  it('explains sequential downloads as the first divergence', async () => {
    const sequential = "  for (const name of ['A', 'B', 'C']) await download(name);";
    const feedback = await grade(downloads, downloadProgram(sequential), pool);
    expect(feedback.status).toBe('failed');
    expect(feedback.score).toBe(25);
    expect(feedback.checks[0].message).toBe(
      'expected `Task B done` at 1000 ms, got it at 2000 ms: your requests ran one after another instead of at the same time',
    );
    expect(feedback.checks[1].message).toBe(
      'expected 3 calls in flight at once to fetch, got at most 1: your requests ran one after another instead of at the same time',
    );
    expect(feedback.checks[2].message).toBe(
      'expected the program to finish by 1000 ms, it took 3000 ms: your requests ran one after another instead of at the same time',
    );
  });

  it('reports a syntax error with its position and fails every check', async () => {
    const feedback = await grade(downloads, 'console.log("a";', pool);
    expect(feedback.status).toBe('syntax-error');
    expect(feedback.score).toBe(0);
    expect(feedback.message).toMatch(/^the program did not parse: SyntaxError: .* \(line 1/);
    expect(feedback.checks.every((check) => check.status === 'failed')).toBe(true);
  });

  it('grades what an endless interval printed and names the virtual time limit', async () => {
    const spec: ExerciseSpec = {
      language: 'js',
      entry: 'script',
      limits: { virtualHorizonMs: 5000 },
      checks: [
        {
          id: 'ticks',
          title: 'Ticks',
          kind: 'output',
          mode: 'subsequence',
          expect: [
            { text: 'tick', at: 1000 },
            { text: 'tick', at: 2000 },
          ],
        },
        { id: 'clean', title: 'Stops its interval', kind: 'clean-exit', require: ['no-pending-timers'] },
      ],
    };
    const feedback = await grade(spec, "setInterval(() => console.log('tick'), 1000);", pool);
    expect(feedback.status).toBe('virtual-time-limit');
    expect(feedback.checks.map((check) => check.status)).toEqual(['passed', 'failed']);
    expect(feedback.checks[1].message).toContain('1 interval was still pending when the program ended');
  });
});

describe('module exercises through the real engine', () => {
  const gather: ExerciseSpec = {
    language: 'js',
    entry: 'module',
    checks: [
      {
        id: 'values',
        title: 'gather resolves with the values in input order',
        kind: 'result',
        export: 'gather',
        args: [[300, 100, 200]],
        value: [300, 100, 200],
        settledAt: { at: 300 },
      },
      {
        id: 'tests',
        title: 'Teacher tests',
        kind: 'test',
        partialCredit: true,
        source: `
          describe('gather', () => {
            it('keeps input order', async () => { expect(await exports.gather([20, 10])).toEqual([20, 10]); });
            it('handles an empty list', async () => { expect(await exports.gather([])).toEqual([]); });
          });`,
      },
    ] satisfies Check[],
  };
  const concurrent = `
    const delay = (ms) => new Promise((resolve) => setTimeout(() => resolve(ms), ms));
    exports.gather = (delays) => Promise.all(delays.map(delay));`;
  const sequential = `
    const delay = (ms) => new Promise((resolve) => setTimeout(() => resolve(ms), ms));
    exports.gather = async (delays) => { const out = []; for (const ms of delays) out.push(await delay(ms)); return out; };`;

  it('passes a concurrent gather with its invocation and tests run in the sandbox', async () => {
    const feedback = await grade(gather, concurrent, pool);
    expect(feedback.checks.map((check) => [check.id, check.status, check.message])).toEqual([
      ['values', 'passed', null],
      ['tests', 'passed', null],
    ]);
  });

  it('fails a sequential gather on the time it settled', async () => {
    const feedback = await grade(gather, sequential, pool);
    expect(feedback.checks[0].message).toBe(
      'expected gather([300,100,200]) to settle at 300 ms, it settled at 600 ms',
    );
    expect(feedback.checks[1].status).toBe('passed');
  });

  it('reports a missing export', async () => {
    const feedback = await grade(gather, 'exports.collect = () => [];', pool);
    expect(feedback.checks[0].message).toBe('the module does not export a function named `gather`');
  });
});

describe('schedules through the real engine', () => {
  const race: ExerciseSpec = {
    language: 'js',
    entry: 'script',
    services: {
      fetch: [
        { match: 'https://api.test/a', latencyMs: 100, jitterMs: 100 },
        { match: 'https://api.test/b', latencyMs: 110, jitterMs: 100 },
      ],
    },
    checks: [
      {
        id: 'order',
        title: 'Prints a then b',
        kind: 'output',
        mode: 'exact',
        expect: ['a', 'b'],
        schedules: 10,
      },
    ],
  };

  it('names the seed under which completion order breaks the expected output', async () => {
    const racy = `
      fetch('https://api.test/a').then(() => console.log('a'));
      fetch('https://api.test/b').then(() => console.log('b'));`;
    const feedback = await grade(race, racy, pool);
    expect(feedback.status).toBe('failed');
    const schedule = feedback.checks[0].schedule;
    expect(schedule?.seed).toBeGreaterThanOrEqual(1);
    expect(schedule?.replay).toBe(`loopgrade run --seed ${schedule?.seed} main.js`);
    expect(feedback.checks[0].message).toMatch(
      new RegExp(`^under schedule seed ${schedule?.seed}: expected \`a\` as line 1`),
    );
  });

  it('passes a program that prints in a fixed order whatever the latencies', async () => {
    const ordered = `
      Promise.all([fetch('https://api.test/a'), fetch('https://api.test/b')]).then(() => {
        console.log('a');
        console.log('b');
      });`;
    const feedback = await grade(race, ordered, pool);
    expect(feedback).toMatchObject({ status: 'passed', score: 100 });
    expect(feedback.stats.runs).toBe(11);
  });
});

describe('printed lines through the real engine', () => {
  const twoLines: ExerciseSpec = {
    language: 'js',
    entry: 'script',
    checks: [
      { id: 'exact', title: 'A then B', kind: 'output', mode: 'exact', expect: ['A', 'B'] },
      { id: 'when', title: 'B at once', kind: 'timing', events: [{ regex: '^B$', at: 0 }] },
    ],
  };

  it.each([
    ['one console.log', "console.log('A\\nB');"],
    ['one write', "process.stdout.write('A\\nB\\n');"],
  ])('sees the lines of %s as separate lines', async (_label, program) => {
    const feedback = await grade(twoLines, program, pool);
    expect(feedback.checks.map((check) => [check.id, check.status, check.message])).toEqual([
      ['exact', 'passed', null],
      ['when', 'passed', null],
    ]);
  });
});

describe('values the engine describes, through the real engine', () => {
  const resultOf = (checks: Check[]): ExerciseSpec => ({ language: 'js', entry: 'module', checks });

  it('never takes a program object with a $type key for an engine description', async () => {
    const spoof = resultOf([
      {
        id: 'literal',
        title: 'Rejects with a TimeoutError',
        kind: 'result',
        export: 'f',
        outcome: 'rejected',
        value: { $type: 'Error', name: 'TimeoutError', message: 'timed out' },
      },
      {
        id: 'tag',
        title: 'An error',
        kind: 'result',
        export: 'f',
        outcome: 'rejected',
        matches: { $type: 'Error' },
      },
      {
        id: 'plain',
        title: 'A plain object',
        kind: 'result',
        export: 'f',
        outcome: 'rejected',
        matches: { $type: 'object', $props: { name: 'TimeoutError' } },
      },
    ]);
    const feedback = await grade(
      spoof,
      "exports.f = async () => { throw { $type: 'Error', name: 'TimeoutError', message: 'timed out' }; };",
      pool,
    );
    expect(feedback.checks.map((check) => [check.id, check.status])).toEqual([
      ['literal', 'failed'],
      ['tag', 'failed'],
      ['plain', 'passed'],
    ]);
  });

  it('tells -0 from 0 and matches NaN and -0 written as numbers', async () => {
    const numbers = resultOf([
      { id: 'minus-zero', title: '-0', kind: 'result', export: 'minusZero', value: -0 },
      { id: 'zero', title: '0', kind: 'result', export: 'minusZero', value: 0 },
      { id: 'at-most-zero', title: '<= 0', kind: 'result', export: 'minusZero', matches: { $lte: 0 } },
      { id: 'nan', title: 'NaN', kind: 'result', export: 'nan', value: Number.NaN },
    ]);
    const feedback = await grade(numbers, 'exports.minusZero = () => -0; exports.nan = () => NaN;', pool);
    expect(feedback.checks.map((check) => [check.id, check.status])).toEqual([
      ['minus-zero', 'passed'],
      ['zero', 'failed'],
      ['at-most-zero', 'passed'],
      ['nan', 'passed'],
    ]);
  });
});

describe('runs cut short, through the real engine', () => {
  const limited = (checks: Check[]): ExerciseSpec => ({
    language: 'js',
    entry: 'module',
    limits: { cpuMs: 500 },
    checks,
  });
  const endless = 'exports.f = () => { while (true) {} };';

  it('names the CPU limit when an invoked function never returns', async () => {
    const spec = limited([{ id: 'r', title: 'f returns 1', kind: 'result', export: 'f', value: 1 }]);
    const feedback = await grade(spec, endless, pool);
    expect(feedback.checks[0].message).toMatch(/^the program hit the CPU limit \(.*\) before f\(\) settled$/);
  });

  it('names the crash that came before an invoked promise settled', async () => {
    const spec = limited([{ id: 'r', title: 'f resolves to 1', kind: 'result', export: 'f', value: 1 }]);
    const crashing = 'exports.f = () => new Promise(() => setTimeout(() => { null.x; }, 10));';
    const feedback = await grade(spec, crashing, pool);
    expect(feedback.checks[0].message).toMatch(
      /^the program crashed with TypeError: Cannot read properties of null .* before f\(\) settled$/,
    );
  });

  it('names the CPU limit for a test case it interrupted', async () => {
    const spec = limited([
      { id: 't', title: 'Tests', kind: 'test', source: "it('calls f', () => { exports.f(); });" },
    ]);
    const feedback = await grade(spec, endless, pool);
    expect(feedback.checks[0].message).toMatch(/^`calls f` did not finish: the program hit the CPU limit/);
  });

  it('words a non-zero exit code as such', async () => {
    const spec: ExerciseSpec = {
      language: 'js',
      entry: 'script',
      checks: [{ id: 'o', title: 'Prints x', kind: 'output', mode: 'exact', expect: ['x'] }],
    };
    const feedback = await grade(spec, "console.log('x'); process.exitCode = 2;", pool);
    expect(feedback).toMatchObject({ status: 'crashed', message: 'the program exited with code 2' });
  });
});
