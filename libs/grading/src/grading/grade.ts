/** The grading entry point: data in (exercise, code, a runner), feedback out. */
import type { ProgramRunner } from '@loopgrade/engine/contract';
import { buildFeedback, type FeedbackOptions } from '../feedback/build-feedback';
import type { Feedback } from '../feedback/types';
import { engineFilename } from '../runs/run-request';
import type { ExerciseSpec } from '../spec/types';
import { evaluateSubmission, type GradeOptions } from './evaluate-submission';

export async function grade(
  spec: ExerciseSpec,
  code: string,
  runner: ProgramRunner,
  options: GradeOptions & Pick<FeedbackOptions, 'timelineLimit'> = {},
): Promise<Feedback> {
  const evaluation = await evaluateSubmission(spec, code, runner, options);
  return buildFeedback(evaluation, { timelineLimit: options.timelineLimit, filename: engineFilename(spec) });
}
