/**
 * The export views checked against the published formats, written down here from the specs
 * (exercism/docs building/tooling/test-runners/interface.md; gradescope/autograder_samples docs/specs.md;
 * summarised in docs integrations §5), not from our own output.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import {
  grade,
  toExercism,
  toGradescope,
  type Check,
  type ExerciseSpec,
  type Feedback,
} from '@loopgrade/grading';
import { lines, runResult } from './run-result.fixture';
import { ScriptedRunner } from './scripted-runner.fixture';

const ajv = new Ajv({ allErrors: true, strict: false });

const exercismSpec = ajv.compile({
  type: 'object',
  additionalProperties: false,
  required: ['version', 'status'],
  properties: {
    version: { enum: [1, 2, 3] },
    status: { enum: ['pass', 'fail', 'error'] },
    message: { type: ['string', 'null'], maxLength: 65535 },
    tests: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'status'],
        properties: {
          name: { type: 'string' },
          status: { enum: ['pass', 'fail', 'error'] },
          message: { type: ['string', 'null'], maxLength: 65535 },
          output: { type: ['string', 'null'], maxLength: 500 },
          test_code: { type: 'string' },
          task_id: { type: 'integer', minimum: 1 },
        },
        // "message: required if fail/error"
        if: { properties: { status: { enum: ['fail', 'error'] } } },
        then: { required: ['message'], properties: { message: { type: 'string', minLength: 1 } } },
      },
    },
  },
  allOf: [
    // "message: required if status = error"
    {
      if: { properties: { status: { const: 'error' } } },
      then: { required: ['message'], properties: { message: { type: 'string' } } },
    },
    // "tests: required if status = pass or fail"
    { if: { properties: { status: { enum: ['pass', 'fail'] } } }, then: { required: ['tests'] } },
  ],
});

const visibility = { enum: ['hidden', 'after_due_date', 'after_published', 'visible'] };
const formats = { enum: ['text', 'html', 'simple_format', 'md', 'ansi'] };
const gradescopeSpec = ajv.compile({
  type: 'object',
  additionalProperties: false,
  properties: {
    score: { type: 'number' },
    execution_time: { type: 'number' },
    output: { type: 'string' },
    output_format: formats,
    test_output_format: formats,
    test_name_format: formats,
    visibility,
    stdout_visibility: visibility,
    extra_data: { type: 'object' },
    tests: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          score: { type: 'number' },
          max_score: { type: 'number' },
          status: { enum: ['passed', 'failed'] },
          name: { type: 'string' },
          name_format: formats,
          number: { type: 'string' },
          output: { type: 'string' },
          output_format: formats,
          tags: { type: 'array', items: { type: 'string' } },
          visibility,
          extra_data: { type: 'object' },
        },
      },
    },
    leaderboard: { type: 'array' },
  },
  // "score: required unless every test has one"; "tests: required without a top-level score"
  anyOf: [
    { required: ['score'] },
    { required: ['tests'], properties: { tests: { items: { required: ['score'] } } } },
  ],
});

function expectValid(validate: ValidateFunction, data: unknown): void {
  validate(data);
  expect(validate.errors ?? []).toEqual([]);
}

const exerciseSpec: ExerciseSpec = {
  language: 'js',
  entry: 'script',
  checks: [
    {
      id: 'order',
      title: 'Prints a then b',
      kind: 'output',
      mode: 'exact',
      expect: ['a', 'b'],
      weight: 2,
      hint: 'Mind the order.',
    },
    { id: 'fast', title: 'Finishes by 100 ms', kind: 'timing', total: { max: 100 } },
    {
      id: 'secret',
      title: 'Secret check',
      kind: 'output',
      mode: 'subsequence',
      expect: ['b'],
      visibility: 'hidden',
    },
  ] satisfies Check[],
};

async function feedbackFor(events: ReturnType<typeof lines>, overrides = {}): Promise<Feedback> {
  return grade(
    exerciseSpec,
    'code',
    new ScriptedRunner(() => runResult({ events, virtualTimeMs: 50, ...overrides })),
  );
}

describe('toExercism (results.json version 3)', () => {
  it('reports pass with the visible checks in order and a summary of the hidden ones', async () => {
    const results = toExercism(await feedbackFor(lines('0 a', '0 b')));
    expectValid(exercismSpec, results);
    expect(results).toEqual({
      version: 3,
      status: 'pass',
      tests: [
        { name: 'Prints a then b', status: 'pass' },
        { name: 'Finishes by 100 ms', status: 'pass' },
        { name: 'Hidden checks', status: 'pass' },
      ],
    });
  });

  it('reports fail with a message for each failing test and none of the hidden details', async () => {
    const results = toExercism(await feedbackFor(lines('0 b', '0 c')));
    expectValid(exercismSpec, results);
    expect(results.status).toBe('fail');
    expect(results.tests?.[0]).toEqual({
      name: 'Prints a then b',
      status: 'fail',
      message: 'expected `a` as line 1, got `b` (`a` was never printed)\nHint: Mind the order.',
    });
    expect(results.tests?.[2]).toEqual({ name: 'Hidden checks', status: 'pass' });
    expect(JSON.stringify(results)).not.toContain('Secret');
  });

  it('fails overall when only a hidden check fails', async () => {
    const hiddenFailure = await grade(
      {
        ...exerciseSpec,
        checks: [exerciseSpec.checks[1], { ...exerciseSpec.checks[2], expect: ['z'] } as Check],
      },
      'code',
      new ScriptedRunner(() => runResult({ events: lines('0 a') })),
    );
    const failed = toExercism(hiddenFailure);
    expectValid(exercismSpec, failed);
    expect(failed).toMatchObject({
      status: 'fail',
      tests: [
        { status: 'pass' },
        { name: 'Hidden checks', status: 'fail', message: '1 of 1 hidden checks failed' },
      ],
    });
  });

  it('reports error with a message and no tests when the program did not parse', async () => {
    const feedback = await feedbackFor([], {
      status: 'syntax-error',
      exitCode: 1,
      error: { name: 'SyntaxError', message: 'Unexpected end of input', line: 7, column: 1 },
    });
    const results = toExercism(feedback);
    expectValid(exercismSpec, results);
    expect(results).toEqual({
      version: 3,
      status: 'error',
      message: 'the program did not parse: SyntaxError: Unexpected end of input (line 7, column 1)',
    });
  });

  it('keeps messages within the 65535-character limit', async () => {
    const longLine = 'x'.repeat(70000);
    const feedback = await grade(
      {
        ...exerciseSpec,
        checks: [{ id: 'long', title: 'Long', kind: 'output', mode: 'exact', expect: [longLine] }],
      },
      'code',
      new ScriptedRunner(() => runResult({ events: lines('0 y') })),
    );
    feedback.checks[0].message = `${longLine} ${longLine}`;
    const results = toExercism(feedback);
    expectValid(exercismSpec, results);
    expect(results.tests?.[0].message?.length).toBe(65535);
  });
});

describe('toGradescope (results.json)', () => {
  it('gives per-test points scaled to 100 that add up to the top-level score', async () => {
    const results = toGradescope(await feedbackFor(lines('0 a', '0 x')));
    expectValid(gradescopeSpec, results);
    expect(results.score).toBe(25);
    expect(results.tests.map((test) => [test.name, test.score, test.max_score, test.status])).toEqual([
      ['Prints a then b', 0, 50, 'failed'],
      ['Finishes by 100 ms', 25, 25, 'passed'],
      ['Secret check', 0, 25, 'failed'],
    ]);
    const sum = results.tests.reduce((total, test) => total + test.score, 0);
    expect(sum).toBeCloseTo(results.score, 2);
  });

  it('rounds points so that scores add up to the top-level score and max_scores to 100 exactly', async () => {
    const printsX = (id: string, weight = 1): Check => ({
      id,
      title: id,
      kind: 'output',
      mode: 'subsequence',
      expect: ['x'],
      weight,
    });
    const cents = (values: number[]) => values.reduce((sum, value) => sum + Math.round(value * 100), 0);
    const thirds = toGradescope(
      await grade(
        { ...exerciseSpec, checks: [printsX('a'), printsX('b'), printsX('c')] },
        'code',
        new ScriptedRunner(() => runResult({ events: lines('0 x') })),
      ),
    );
    expect(cents(thirds.tests.map((test) => test.max_score))).toBe(10000);
    expect(cents(thirds.tests.map((test) => test.score))).toBe(10000);
    expect(thirds.tests.every((test) => test.score === test.max_score)).toBe(true);

    const partialTest: Check = { id: 't', title: 'Tests', kind: 'test', partialCredit: true, source: 'it()' };
    const oneOfThree = runResult({
      events: lines('0 x'),
      tests: [
        { name: '1', status: 'passed', message: null },
        { name: '2', status: 'failed', message: 'no' },
        { name: '3', status: 'failed', message: 'no' },
      ],
    });
    const partial = toGradescope(
      await grade(
        { ...exerciseSpec, entry: 'module', checks: [partialTest, printsX('b', 2)] },
        'code',
        new ScriptedRunner(() => oneOfThree),
      ),
    );
    expect(partial.score).toBe(77.78);
    expect(cents(partial.tests.map((test) => test.score))).toBe(7778);
    expect(cents(partial.tests.map((test) => test.max_score))).toBe(10000);
    expect(partial.tests.map((test) => [test.score, test.max_score])).toEqual([
      [11.11, 33.33],
      [66.67, 66.67],
    ]);
  });

  it('marks passed tests with full points, as the spec defaults status from score = max_score', async () => {
    const results = toGradescope(await feedbackFor(lines('0 a', '0 b')));
    expectValid(gradescopeSpec, results);
    for (const test of results.tests) expect(test.status === 'passed').toBe(test.score === test.max_score);
    expect(results.score).toBe(100);
  });

  it('hides hidden checks with the visibility field and no output', async () => {
    const results = toGradescope(await feedbackFor(lines('0 x')), { hiddenVisibility: 'after_due_date' });
    expectValid(gradescopeSpec, results);
    expect(results.tests[2]).toEqual({
      name: 'Secret check',
      number: '3',
      score: 0,
      max_score: 25,
      status: 'failed',
      visibility: 'after_due_date',
    });
  });

  it('renders the divergence, excerpt and hint as Markdown', async () => {
    const results = toGradescope(await feedbackFor(lines('0 b')));
    expect(results.tests[0].output_format).toBe('md');
    expect(results.tests[0].output).toContain('expected `a` as line 1, got `b`');
    expect(results.tests[0].output).toContain('```\n     * ms  a\n     * ms  b\n```');
    expect(results.tests[0].output).toContain('Hint: Mind the order.');
    expect(results.output_format).toBe('md');
    expect(results.output).toContain('0 ms  b');
  });

  it('scores 0 with an explanatory output when the program did not parse', async () => {
    const feedback = await feedbackFor([], {
      status: 'syntax-error',
      exitCode: 1,
      error: { name: 'SyntaxError', message: 'Unexpected token', line: 1, column: 4 },
    });
    const results = toGradescope(feedback);
    expectValid(gradescopeSpec, results);
    expect(results.score).toBe(0);
    expect(results.output).toContain('SyntaxError: Unexpected token (line 1, column 4)');
  });
});
