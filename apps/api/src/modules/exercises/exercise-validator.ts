import type { StoredExerciseContent } from '@loopgrade/database';

/**
 * Checks an exercise before it is stored or published: the check language, and (once grading is wired)
 * that the reference solution passes and the starter fails. Throws a 422 DomainError naming each problem.
 */
export interface ExerciseValidator {
  assertValid(slug: string, content: StoredExerciseContent): Promise<void>;
}

export const EXERCISE_VALIDATOR = Symbol('EXERCISE_VALIDATOR');
