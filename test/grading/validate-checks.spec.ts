import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { validateChecks, validateExerciseFile } from '@loopgrade/grading';

const minimalExercise = {
  slug: 'two-timers',
  title: 'Two timers',
  difficulty: 'intro',
  statement: 'Print A then B.',
  language: 'js',
  entry: 'script',
  starter: '',
  solution: 'setTimeout(() => console.log("A"), 10);',
  checks: [{ id: 'a', title: 'Prints A', kind: 'output', mode: 'exact', expect: ['A'] }],
};

describe('validateChecks', () => {
  it('accepts one check of every kind with the optional common fields', () => {
    const result = validateChecks([
      {
        id: 'out',
        title: 'Order',
        kind: 'output',
        mode: 'subsequence',
        expect: ['A', { regex: '^B$', at: 100, tolerance: 5 }],
        weight: 2,
        visibility: 'hidden',
        hint: 'h',
        explain: 'e',
        schedules: 3,
      },
      {
        id: 'time',
        title: 'Fast',
        kind: 'timing',
        total: { max: 1000 },
        events: [{ text: 'done', max: 900, occurrence: 'last', count: 1 }],
      },
      {
        id: 'calls',
        title: 'Pool',
        kind: 'calls',
        service: 'fetch',
        target: 'GET *',
        count: { min: 1 },
        maxConcurrency: 2,
        outcomes: ['resolved'],
      },
      {
        id: 'result',
        title: 'Value',
        kind: 'result',
        export: 'run',
        args: [1, [2]],
        outcome: 'rejected',
        matches: { $props: { message: { $regex: 'x' } } },
        settledAt: { min: 0, max: 5 },
      },
      { id: 'clean', title: 'Clean', kind: 'clean-exit', require: ['exit-code-zero'] },
      { id: 'tests', title: 'Tests', kind: 'test', source: 'it("x", () => {})', partialCredit: true },
    ]);
    expect(result).toEqual({ ok: true, errors: [] });
  });

  it('names the path of an unknown kind and of an unknown property', () => {
    const result = validateChecks([
      { id: 'a', title: 'A', kind: 'stdout' },
      { id: 'b', title: 'B', kind: 'output', mode: 'exact', expect: [], colour: 'red' },
    ]);
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { path: '/0', message: expect.stringContaining('unknown kind') },
        { path: '/1', message: 'unknown property "colour"' },
      ]),
    );
  });

  it('folds the alternatives of a calls check into one "needs at least one of" message', () => {
    const result = validateChecks([{ id: 'c', title: 'C', kind: 'calls', service: 'fetch' }]);
    expect(result.errors).toEqual([
      {
        path: '/0',
        message: 'needs at least one of: count, maxConcurrency, concurrency, order, startTimes, outcomes',
      },
    ]);
  });

  it('rejects an expected event with two ways of matching text, and bad regular expressions', () => {
    const result = validateChecks([
      {
        id: 'o',
        title: 'O',
        kind: 'output',
        mode: 'exact',
        expect: [{ text: 'a', regex: 'a' }, { regex: '(' }],
      },
    ]);
    expect(result.errors).toEqual([
      { path: '/0/expect/0', message: 'use only one of text, regex' },
      { path: '/0/expect/1/regex', message: expect.stringContaining('invalid regular expression') },
    ]);
  });

  it('rejects duplicate ids, dangling before references and before outside partial mode', () => {
    const result = validateChecks([
      { id: 'x', title: 'X', kind: 'clean-exit' },
      { id: 'x', title: 'Y', kind: 'output', mode: 'exact', expect: ['a'], before: [['a', 'nope']] },
    ]);
    expect(result.errors).toEqual([
      { path: '/1/id', message: 'duplicate check id "x"' },
      { path: '/1/before', message: 'before is only meaningful in partial mode' },
      { path: '/1/before/0/1', message: expect.stringContaining('"nope" names no expected event') },
    ]);
  });

  it('resolves before references by index, name and exact text', () => {
    const result = validateChecks([
      {
        id: 'p',
        title: 'P',
        kind: 'output',
        mode: 'partial',
        expect: ['start', { regex: '^end$', name: 'end' }, { normalized: 'a  b' }],
        before: [
          [0, 'end'],
          ['start', 'a  b'],
        ],
      },
    ]);
    expect(result).toEqual({ ok: true, errors: [] });
  });

  it('rejects a result check with both value and matches, and reports bad matcher operators by path', () => {
    expect(
      validateChecks([{ id: 'r', title: 'R', kind: 'result', export: 'f', value: 1, matches: 1 }]).errors,
    ).toEqual([{ path: '/0', message: 'value and matches conflict: use only one of them' }]);
    const result = validateChecks([
      { id: 'r', title: 'R', kind: 'result', export: 'f', matches: [{ $within: 3 }] },
    ]);
    expect(result.errors).toEqual([
      { path: '/0/matches/0/$within', message: expect.stringContaining('unknown operator') },
    ]);
  });

  it('checks a $regex together with its $flags, as grading compiles them', () => {
    const withMatcher = (matches: unknown) => [{ id: 'r', title: 'R', kind: 'result', export: 'f', matches }];
    expect(validateChecks(withMatcher({ $regex: '\\d{', $flags: 'u' })).errors).toEqual([
      { path: '/0/matches/$regex', message: expect.stringContaining('Incomplete quantifier') },
    ]);
    expect(validateChecks(withMatcher({ $regex: 'x', $flags: 'ii' })).errors).toContainEqual({
      path: '/0/matches/$flags',
      message: 'must be flags among i, m, s, u, each at most once',
    });
    expect(validateChecks(withMatcher({ $regex: '\\d{' })).ok).toBe(true);
    expect(validateChecks(withMatcher({ $type: 'circular' })).ok).toBe(true);
    const output = [
      { id: 'o', title: 'O', kind: 'output', mode: 'exact', expect: [{ regex: 'x', flags: 'ii' }] },
    ];
    expect(validateChecks(output).errors).toEqual([
      { path: '/0/expect/0/regex', message: expect.stringContaining('Invalid flags') },
    ]);
  });

  it('rejects inverted bounds and a tolerance without at', () => {
    const result = validateChecks([
      {
        id: 't',
        title: 'T',
        kind: 'timing',
        total: { min: 10, max: 5 },
        events: [{ text: 'x', tolerance: 3 }],
      },
    ]);
    expect(result.errors).toEqual([
      { path: '/0/total', message: 'min must not exceed max' },
      { path: '/0/events/0/tolerance', message: 'tolerance needs at' },
    ]);
  });

  it('validates every check example in docs/exercise-format.md', () => {
    const doc = readFileSync(join(__dirname, '../../docs/exercise-format.md'), 'utf8');
    const blocks = [...doc.matchAll(/```yaml\n(- id:[\s\S]*?)```/g)].map(
      (match) => parse(match[1]) as unknown[],
    );
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    for (const checks of blocks) expect(validateChecks(checks)).toEqual({ ok: true, errors: [] });
  });
});

describe('validateExerciseFile', () => {
  it('accepts a minimal exercise', () => {
    expect(validateExerciseFile(minimalExercise)).toEqual({ ok: true, errors: [] });
  });

  it('accepts the services example of docs/exercise-format.md', () => {
    const doc = readFileSync(join(__dirname, '../../docs/exercise-format.md'), 'utf8');
    const services = parse(/```yaml\n(services:[\s\S]*?)```/.exec(doc)?.[1] ?? '') as Record<string, unknown>;
    expect(validateExerciseFile({ ...minimalExercise, ...services })).toEqual({ ok: true, errors: [] });
  });

  it('requires entry: module for result and test checks', () => {
    const exercise = { ...minimalExercise, checks: [{ id: 'r', title: 'R', kind: 'result', export: 'f' }] };
    expect(validateExerciseFile(exercise).errors).toEqual([
      { path: '/checks/0/kind', message: 'result checks need entry: module' },
    ]);
  });

  it('names missing fields and bad enum values', () => {
    const { solution: _solution, ...withoutSolution } = minimalExercise;
    const result = validateExerciseFile({ ...withoutSolution, difficulty: 'expert' });
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { path: '', message: "must have required property 'solution'" },
        { path: '/difficulty', message: 'must be one of intro, easy, medium, hard' },
      ]),
    );
  });
});
