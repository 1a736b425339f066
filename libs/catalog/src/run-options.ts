import type { RunOptions } from '@loopgrade/engine/contract';
import { engineFilename, type ExerciseSpec } from '@loopgrade/grading';

/** The engine options under which an exercise's programs run, as grading runs them (no seed, no invocation). */
export function programRunOptions(exercise: ExerciseSpec): RunOptions {
  return {
    ...exercise.limits,
    filename: engineFilename(exercise),
    entry: exercise.entry,
    services: exercise.services,
    blockFor: exercise.blockFor,
  };
}
