import type { RunResult, RunStatus } from '../contract';

/** A run that produced nothing but a verdict (refused, killed, or failed before the program ran). */
export function verdictOnly(status: RunStatus, message: string | undefined, wallMs = 0): RunResult {
  return {
    status,
    exitCode: 1,
    events: [],
    error: null,
    virtualTimeMs: 0,
    truncated: false,
    calls: [],
    stats: { callbacks: 0, cpuMs: 0, wallMs },
    ...(message === undefined ? {} : { message }),
  };
}
