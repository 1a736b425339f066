import { validateExercise } from '@loopgrade/grading';
import { lines, runResult } from './run-result.fixture';
import { ScriptedRunner } from './scripted-runner.fixture';

const exercise = {
  slug: 'hello-later',
  title: 'Hello later',
  difficulty: 'intro',
  statement: 'Print hello after 100 ms.',
  language: 'js',
  entry: 'script',
  starter: 'STARTER',
  solution: 'SOLUTION',
  checks: [
    {
      id: 'hello',
      title: 'Prints hello at 100 ms',
      kind: 'output',
      mode: 'exact',
      expect: [{ text: 'hello', at: 100 }],
      schedules: 2,
    },
    { id: 'clean', title: 'Clean exit', kind: 'clean-exit' },
  ],
};

const correct = runResult({ events: lines('100 hello'), virtualTimeMs: 100 });
const early = runResult({ events: lines('0 hello') });

describe('validateExercise', () => {
  it('finds no problem when the solution passes everything and the starter fails something', async () => {
    const runner = new ScriptedRunner((_options, source) => (source === 'SOLUTION' ? correct : early));
    expect(await validateExercise(exercise, runner)).toEqual([]);
  });

  it('names a check the solution fails only under a seeded schedule', async () => {
    const runner = new ScriptedRunner((options, source) =>
      source === 'SOLUTION' && options.seed !== 2 ? correct : early,
    );
    expect(await validateExercise(exercise, runner)).toEqual([
      {
        source: 'solution',
        checkId: 'hello',
        message:
          'the reference solution fails check "hello" under schedule seed 2: expected `hello` at 100 ms, got it at 0 ms: is something not awaited, or a delay missing?',
      },
    ]);
  });

  it('reports a starter that already passes every check', async () => {
    expect(await validateExercise(exercise, new ScriptedRunner(() => correct))).toEqual([
      { source: 'starter', message: 'the starter passes every check; it must fail at least one' },
    ]);
  });

  it('reports a solution that crashes, with its error', async () => {
    const crash = runResult({
      ...correct,
      status: 'crashed',
      exitCode: 1,
      error: { name: 'Error', message: 'late failure', line: 4, column: 1 },
    });
    const runner = new ScriptedRunner((_options, source) => (source === 'SOLUTION' ? crash : early));
    const problems = await validateExercise(exercise, runner);
    expect(problems).toEqual([
      {
        source: 'solution',
        message: 'the reference solution ended with status crashed: Error: late failure (line 4, column 1)',
      },
      {
        source: 'solution',
        checkId: 'clean',
        message:
          'the reference solution fails check "clean": expected no uncaught error, got Error: late failure (line 4, column 1)',
      },
    ]);
  });

  it('returns schema problems without running anything', async () => {
    const runner = new ScriptedRunner(() => correct);
    const problems = await validateExercise({ ...exercise, difficulty: 'expert' }, runner);
    expect(problems).toEqual([
      { source: 'schema', path: '/difficulty', message: 'must be one of intro, easy, medium, hard' },
    ]);
    expect(runner.calls).toHaveLength(0);
  });
});
