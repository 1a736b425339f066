import { Inject, Injectable } from '@nestjs/common';
import { toExerciseDefinition } from '@loopgrade/database';
import type { StoredExerciseContent } from '@loopgrade/database';
import type { ProgramRunner } from '@loopgrade/engine';
import { validateChecks, validateExercise } from '@loopgrade/grading';
import { SANDBOX_POOL } from '@loopgrade/sandbox';
import { DomainError } from '../../common/errors/domain-error';
import type { ExerciseValidator } from './exercise-validator';

/**
 * An exercise is stored only if its checks follow the check language, its reference solution passes
 * every check under every requested schedule, and its starter fails at least one.
 */
@Injectable()
export class GradingExerciseValidator implements ExerciseValidator {
  constructor(@Inject(SANDBOX_POOL) private readonly runner: ProgramRunner) {}

  async assertValid(slug: string, content: StoredExerciseContent): Promise<void> {
    const schema = validateChecks(content.checks);
    if (!schema.ok) {
      const errors = schema.errors.map((error) => ({ field: `checks${error.path}`, message: error.message }));
      throw new DomainError(
        'unprocessable',
        `The checks are invalid: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
        {
          errors,
        },
      );
    }
    const problems = await validateExercise(toExerciseDefinition(slug, content), this.runner);
    if (problems.length) {
      const errors = problems.map((problem) => ({
        field: problem.checkId ? `checks.${problem.checkId}` : (problem.path ?? problem.source),
        message: problem.message,
      }));
      throw new DomainError(
        'unprocessable',
        `The exercise cannot grade: ${problems.map((p) => p.message).join('; ')}`,
        {
          errors,
        },
      );
    }
  }
}
