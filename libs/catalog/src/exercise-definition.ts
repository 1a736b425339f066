import type { CatalogExercise, ExerciseDefinition } from './types';

/** The grading-format part of a catalog exercise: what `grade` and `validateExercise` accept, and what is stored. */
export function toExerciseDefinition(exercise: CatalogExercise): ExerciseDefinition {
  const { lesson: _lesson, contentHash: _hash, wrongSolutions: _wrong, ...definition } = exercise;
  return definition;
}
