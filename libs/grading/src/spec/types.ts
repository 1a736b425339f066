/**
 * The exercise format and its check language, as TypeScript types.
 * The JSON Schema in `schema.ts` validates the same shapes; docs/exercise-format.md explains them.
 */
import type { RunLimits, ServicesSpec } from '@loopgrade/engine/contract';

export type Visibility = 'visible' | 'hidden';
export type Stream = 'stdout' | 'stderr';

/** A window of virtual time: `at` ± `tolerance`, and/or `min`/`max` bounds (all inclusive, in ms). */
export interface TimeBound {
  at?: number;
  tolerance?: number;
  min?: number;
  max?: number;
}

/** How one printed line is recognised: exactly one of `text`, `normalized`, `regex`. */
export interface TextPattern {
  /** Exact text of the line (without the trailing newline). */
  text?: string;
  /** Text compared after trimming and collapsing every run of whitespace to one space. */
  normalized?: string;
  /** A regular expression the line must match (use ^…$ to anchor). */
  regex?: string;
  /** Flags for `regex`: any of i, m, s, u. */
  flags?: string;
  stream?: Stream;
}

/** One expected output event. A plain string is shorthand for `{ text: <string> }` on stdout. */
export interface ExpectedEventObject extends TextPattern {
  /** A name to refer to this event from `before` pairs. */
  name?: string;
  /** Virtual time at which the line must be printed. */
  at?: number;
  /** Allowed distance from `at` in ms (default 0). */
  tolerance?: number;
}
export type ExpectedEvent = string | ExpectedEventObject;

/** A reference to an expected event in a `before` pair: its index, its `name`, or its exact `text`. */
export type EventRef = number | string;

interface CheckBase {
  /** Stable identifier, unique within the exercise: lower-case letters, digits, `-` and `_`. */
  id: string;
  title: string;
  /** Relative weight in the score (default 1; 0 makes the check informational). */
  weight?: number;
  /** Default `visible`. Hidden checks report only their title and pass/fail. */
  visibility?: Visibility;
  hint?: string;
  /** Explains the typical cause of a failure; appended to the first divergence ("…: <explain>"). */
  explain?: string;
  /** Also run under seeded schedules 1..N; the check passes only if it passes under every one. */
  schedules?: number;
}

export interface OutputCheck extends CheckBase {
  kind: 'output';
  /** `exact`: the whole stream, line by line; `subsequence`: in order, other lines allowed between;
   *  `partial`: every line present, in any order except the `before` pairs. */
  mode: 'exact' | 'subsequence' | 'partial';
  expect: ExpectedEvent[];
  /** Partial mode: pairs [a, b] meaning a must be printed before b. */
  before?: [EventRef, EventRef][];
  /** Subsequence and partial modes: whether lines that match nothing are allowed (default true). */
  allowExtra?: boolean;
}

export interface TimedEventBound extends TextPattern, TimeBound {
  /** Which matching events must lie within the bound (default `every`). */
  occurrence?: 'first' | 'last' | 'every';
  /** How many events must match the pattern (default: at least one). */
  count?: number;
}

export interface TimingCheck extends CheckBase {
  kind: 'timing';
  /** Bound on the total virtual duration of the run. */
  total?: TimeBound;
  /** Bounds on the virtual time at which lines were printed. */
  events?: TimedEventBound[];
}

export type CallOutcome = 'resolved' | 'rejected' | 'aborted' | 'pending';

export interface CountBound {
  min?: number;
  max?: number;
}

export interface StartPattern {
  /** Absolute virtual start times of the matching calls, in order. */
  at?: number[];
  /** Delays between the end of each call and the start of the next (e.g. retry back-off). */
  delays?: number[];
  /** Allowed distance from each time, in ms (default 0). */
  tolerance?: number;
}

export interface CallsCheck extends CheckBase {
  kind: 'calls';
  /** Only calls to this service (`fetch` or a named service). */
  service?: string;
  /** Only calls whose target matches this pattern (`*` matches any run of characters). */
  target?: string;
  /** Exact count, or bounds. */
  count?: number | CountBound;
  /** Peak number of calls in flight at once must be <= N. */
  maxConcurrency?: number;
  /** Peak number of calls in flight at once must be exactly N. */
  concurrency?: number;
  /** Target patterns, one per call, in the order the calls started. */
  order?: string[];
  startTimes?: StartPattern;
  /** Every matching call must have ended in one of these outcomes. */
  outcomes?: CallOutcome[];
}

/** A host-side predicate over plain data; see value-matcher.ts and docs/exercise-format.md. */
export type Matcher = unknown;

export interface ResultCheck extends CheckBase {
  kind: 'result';
  /** Name of the module export to call. */
  export: string;
  /** Arguments (plain JSON) passed to the export. */
  args?: unknown[];
  /** Default `resolved` (a synchronous return counts as resolved). */
  outcome?: 'resolved' | 'rejected';
  /** Deep equality with this literal value. */
  value?: unknown;
  /** Or a declarative predicate. */
  matches?: Matcher;
  /** When the returned promise must settle. */
  settledAt?: TimeBound;
}

export type CleanExitRequirement =
  'no-pending-timers' | 'no-unhandled-rejection' | 'no-uncaught-error' | 'exit-code-zero';

export interface CleanExitCheck extends CheckBase {
  kind: 'clean-exit';
  /** Default: all four. */
  require?: CleanExitRequirement[];
}

export interface TestCheck extends CheckBase {
  kind: 'test';
  /** describe/it/expect code run against the module's exports inside the sandbox. */
  source: string;
  /** Score the passed fraction of test cases instead of all-or-nothing (default false). */
  partialCredit?: boolean;
}

export type Check = OutputCheck | TimingCheck | CallsCheck | ResultCheck | CleanExitCheck | TestCheck;
export type CheckKind = Check['kind'];

export type ModuleType = 'commonjs' | 'esm';

/** What grading needs to know about an exercise. */
export interface ExerciseSpec {
  language: 'js' | 'ts';
  entry: 'script' | 'module';
  /** Default `commonjs`; `esm` runs the file as main.mjs / main.mts. */
  moduleType?: ModuleType;
  limits?: RunLimits;
  services?: ServicesSpec;
  blockFor?: boolean;
  checks: Check[];
}

export type Difficulty = 'intro' | 'easy' | 'medium' | 'hard';

/** A whole exercise as authored in exercises/<slug>/exercise.yaml. */
export interface ExerciseDefinition extends ExerciseSpec {
  slug: string;
  title: string;
  difficulty: Difficulty;
  tags?: string[];
  estimatedMinutes?: number;
  /** Markdown. */
  statement: string;
  /** The one-sentence takeaway shown after solving. */
  lesson?: string;
  starter: string;
  solution: string;
}
