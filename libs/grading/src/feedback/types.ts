/** The submission's result as stored and shown: hidden checks already redacted. */
import type { OutputEvent } from '@loopgrade/engine/contract';
import type { Excerpt } from '../evaluators/verdict';
import type { TimelineDivergence } from '../grading/evaluation';
import type { CheckKind, Visibility } from '../spec/types';

export type FeedbackStatus =
  | 'passed'
  | 'failed'
  | 'crashed'
  | 'cpu-limit'
  | 'memory-limit'
  | 'virtual-time-limit'
  | 'event-limit'
  | 'syntax-error'
  | 'error';

/** A failure that appeared only under a seeded schedule. */
export interface ScheduleFailure {
  seed: number;
  /** The command that replays the failing schedule. */
  replay: string;
  /** Where the seeded timeline first differs from the default one (null if the printed output is identical). */
  divergence: TimelineDivergence | null;
}

export interface CheckFeedback {
  id: string;
  title: string;
  kind: CheckKind;
  visibility: Visibility;
  status: 'passed' | 'failed';
  /** Points earned: weight × passedShare, rounded to 2 decimals. */
  score: number;
  /** The share of the check that passed, 0–1, unrounded (partial credit); what exports scale points by. */
  passedShare: number;
  /** The check's weight. */
  maxScore: number;
  /** Visible checks: the first divergence in words, with its likely cause. Always null for hidden checks. */
  message: string | null;
  hint: string | null;
  excerpt: Excerpt | null;
  schedule: ScheduleFailure | null;
}

export interface FeedbackStats {
  /** Virtual duration of the default run. */
  virtualTimeMs: number;
  callbacks: number;
  /** Summed over every engine run of this grading. */
  cpuMs: number;
  wallMs: number;
  runs: number;
}

export interface Feedback {
  /** 0–100, weighted. */
  score: number;
  status: FeedbackStatus;
  /** What went wrong with the program as a whole (syntax error, crash, limit), or a summary. */
  message: string | null;
  checks: CheckFeedback[];
  /** What the default run printed, capped. */
  timeline: OutputEvent[];
  timelineTruncated: boolean;
  stats: FeedbackStats;
}
