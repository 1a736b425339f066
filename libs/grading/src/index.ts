/** @loopgrade/grading: the check language, its evaluation on plain run data, feedback and its export views. */
export * from './spec/types';
export {
  checkSchema,
  checksSchema,
  exerciseSchema,
  exerciseSpecSchema,
  limitsSchema,
  servicesSchema,
} from './spec/schema';
export { validateChecks, validateExerciseFile } from './spec/validate-checks';
export type { ValidationError, ValidationResult } from './spec/validate-checks';
export { matchValue, validateMatcher, MATCHER_OPERATORS } from './matching/value-matcher';
export type { MatchFailure, MatcherProblem } from './matching/value-matcher';
export { engineFilename } from './runs/run-request';

export { grade } from './grading/grade';
export { evaluateSubmission } from './grading/evaluate-submission';
export type { GradeOptions } from './grading/evaluate-submission';
export type { Evaluation, CheckEvaluation, TimelineDivergence } from './grading/evaluation';
export { validateExercise } from './grading/validate-exercise';
export type { ExerciseProblem } from './grading/validate-exercise';
export { evaluateCheck } from './evaluators/evaluate-check';
export type { Verdict, Excerpt, DivergenceCause } from './evaluators/verdict';

export { buildFeedback } from './feedback/build-feedback';
export type { FeedbackOptions } from './feedback/build-feedback';
export type {
  Feedback,
  FeedbackStatus,
  CheckFeedback,
  FeedbackStats,
  ScheduleFailure,
} from './feedback/types';
export { toExercism } from './export/exercism';
export type { ExercismResults, ExercismTest } from './export/exercism';
export { toGradescope } from './export/gradescope';
export type { GradescopeResults, GradescopeTest, GradescopeOptions } from './export/gradescope';
