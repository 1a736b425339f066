/** What evaluating one check against one run produces, before feedback decides what the student sees. */

/** The kind of divergence, so feedback can infer an explanation for common mistakes. */
export type DivergenceCause =
  | 'late'
  | 'early'
  | 'missing'
  | 'order'
  | 'unexpected'
  | 'count'
  | 'too-concurrent'
  | 'not-concurrent'
  | 'wrong-value'
  | 'wrong-outcome'
  | 'never-settled'
  | 'left-pending'
  | 'did-not-run'
  /** The run crashed or hit a limit before the behaviour under check happened. */
  | 'cut-short';

/** Expected and actual lines around the first divergence. */
export interface Excerpt {
  expected: string[];
  actual: string[];
}

export interface Verdict {
  /** 1 when the check passed; a share in [0, 1) for partial credit. */
  fraction: number;
  /** The first divergence in words (null when passed). */
  message: string | null;
  cause: DivergenceCause | null;
  excerpt: Excerpt | null;
}

export const PASSED: Verdict = { fraction: 1, message: null, cause: null, excerpt: null };

export function failed(message: string, cause: DivergenceCause, excerpt: Excerpt | null = null): Verdict {
  return { fraction: 0, message, cause, excerpt };
}

export function isPassed(verdict: Verdict): boolean {
  return verdict.fraction === 1;
}
