/**
 * The catalog's quality bar, run through the real engine and the real grader:
 * - every reference solution passes every check under every requested schedule, and every starter fails
 *   (grading's own validateExercise);
 * - every wrong solution fails exactly the checks its header names, with the intended message;
 * - every output example in a statement is what the reference solution prints;
 * - the program of an ordering puzzle prints, in the engine, the order the reference predicts (an order taken
 *   from real Node 24: see libs/catalog/oracle).
 * One SandboxPool serves the whole file.
 */
import { join } from 'node:path';
import { SandboxPool } from '@loopgrade/engine';
import { grade, validateExercise } from '@loopgrade/grading';
import {
  exampleMismatch,
  loadCatalog,
  programRunOptions,
  statementExamples,
  statementPrograms,
  toExerciseDefinition,
} from '@loopgrade/catalog';

const catalog = loadCatalog(join(__dirname, '../../exercises'));
const pool = new SandboxPool({ size: 2 });

afterAll(() => pool.close());

describe.each(catalog.map((exercise) => [exercise.slug, exercise] as const))('%s', (_slug, exercise) => {
  const definition = toExerciseDefinition(exercise);

  it('its reference solution passes every check under every schedule, and its starter fails', async () => {
    expect(await validateExercise(definition, pool)).toEqual([]);
  });

  const wrongSolutions = exercise.wrongSolutions.map((wrong) => [wrong.file, wrong] as const);
  it.each(wrongSolutions)(
    'wrong/%s fails exactly the checks it names, with its message',
    async (_file, wrong) => {
      const feedback = await grade(definition, wrong.code, pool);
      const failed = feedback.checks.filter((check) => check.status === 'failed');
      expect(failed.map((check) => check.id).sort()).toEqual([...wrong.fails].sort());
      const messages = failed.map((check) => check.message ?? '').join('\n');
      expect(messages).toContain(wrong.message);
    },
  );

  const examples = statementExamples(exercise.statement);
  if (examples.length > 0) {
    it('prints the output examples of its statement', async () => {
      const result = await pool.run(exercise.solution, programRunOptions(exercise));
      expect(examples.map((example) => exampleMismatch(example, result.events)).filter(Boolean)).toEqual([]);
    });
  }

  const programs = statementPrograms(exercise.statement);
  if (programs.length > 0) {
    it('prints its puzzle program in the order the reference predicts', async () => {
      const predicted = await pool.run(exercise.solution, {
        ...programRunOptions(exercise),
        invoke: { export: 'predictOrder', args: [] },
      });
      for (const program of programs) {
        const result = await pool.run(program, { ...programRunOptions(exercise), entry: 'script' });
        expect(result.events.map((event) => event.text)).toEqual(predicted.invocation?.value);
      }
    });
  }
});
