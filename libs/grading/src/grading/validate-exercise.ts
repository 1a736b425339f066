/**
 * Checks that an exercise can grade: its file is valid, the reference solution passes every check under
 * every requested schedule, and the starter fails at least one check. The API turns problems into a 422.
 */
import type { ProgramRunner } from '@loopgrade/engine/contract';
import { explainedMessage } from '../feedback/explain';
import { isPassed } from '../evaluators/verdict';
import { validateExerciseFile } from '../spec/validate-checks';
import type { ExerciseDefinition } from '../spec/types';
import { describeRunError } from '../runs/describe-run';
import { evaluateSubmission, type GradeOptions } from './evaluate-submission';

export interface ExerciseProblem {
  source: 'schema' | 'solution' | 'starter';
  /** JSON pointer into the exercise (schema problems). */
  path?: string;
  /** The check concerned, if any. */
  checkId?: string;
  message: string;
}

export async function validateExercise(
  exercise: unknown,
  runner: ProgramRunner,
  options: GradeOptions = {},
): Promise<ExerciseProblem[]> {
  const schema = validateExerciseFile(exercise);
  if (!schema.ok) return schema.errors.map((error) => ({ source: 'schema', ...error }));
  const definition = exercise as ExerciseDefinition;
  const problems: ExerciseProblem[] = [];

  const solution = await evaluateSubmission(definition, definition.solution, runner, options);
  if (solution.baseRun.status !== 'ok') {
    problems.push({
      source: 'solution',
      message: `the reference solution ended with status ${solution.baseRun.status}: ${describeRunError(solution.baseRun)}`,
    });
  }
  for (const { check, verdict, seed, run } of solution.checks) {
    if (isPassed(verdict)) continue;
    const under = seed === null ? '' : ` under schedule seed ${seed}`;
    problems.push({
      source: 'solution',
      checkId: check.id,
      message: `the reference solution fails check "${check.id}"${under}: ${explainedMessage(check, verdict, run)}`,
    });
  }

  const starter = await evaluateSubmission(definition, definition.starter, runner, options);
  if (starter.checks.every(({ verdict }) => isPassed(verdict))) {
    problems.push({
      source: 'starter',
      message: 'the starter passes every check; it must fail at least one',
    });
  }
  return problems;
}
