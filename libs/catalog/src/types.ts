import type { ExerciseDefinition } from '@loopgrade/grading';

export type { ExerciseDefinition };

/** A plausible wrong solution kept next to an exercise, with the checks it must fail. */
export interface WrongSolution {
  /** File name inside `wrong/`, e.g. `sequential.js`. */
  file: string;
  code: string;
  /** Ids of exactly the checks this solution must fail (`// @fails: a, b`). */
  fails: string[];
  /** A substring of the feedback message the student must see (`// @message: ...`). */
  message: string;
}

/** One exercise of the catalog, as loaded from exercises/<slug>/. */
export interface CatalogExercise extends ExerciseDefinition {
  /** One line: what the exercise teaches (catalog metadata, not part of the grading format). */
  lesson: string;
  /** Lower-case hex SHA-256 of everything stored for this exercise version; unchanged content, same hash. */
  contentHash: string;
  wrongSolutions: WrongSolution[];
}

export interface CatalogProblem {
  slug: string;
  /** File, or JSON pointer into exercise.yaml. */
  path: string;
  message: string;
}
