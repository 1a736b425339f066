/** The full, unredacted outcome of grading: what feedback is built from and what exercise validation reads. */
import type { RunResult } from '@loopgrade/engine/contract';
import type { Verdict } from '../evaluators/verdict';
import type { Check } from '../spec/types';

/** Where a seeded run's printed timeline first differs from the default schedule's. */
export interface TimelineDivergence {
  /** 0-based index of the first differing printed line. */
  index: number;
  defaultTimeline: string[];
  seededTimeline: string[];
}

export interface CheckEvaluation {
  check: Check;
  verdict: Verdict;
  /** The seed under which the check failed; null when it passed or failed under the default schedule. */
  seed: number | null;
  divergence: TimelineDivergence | null;
  /** The run the verdict was decided on (the failing one, if any). */
  run: RunResult;
}

export interface Evaluation {
  /** The program run under the default schedule. */
  baseRun: RunResult;
  checks: CheckEvaluation[];
  runs: number;
  cpuMs: number;
  wallMs: number;
}
