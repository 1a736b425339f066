import type { RunResult, RunStatus } from '@loopgrade/engine/contract';

/** "TypeError: x is not a function (line 3, column 5)", else the engine's message, else the status. */
export function describeRunError(run: RunResult): string {
  if (run.error) {
    const { line, column } = run.error;
    const position = line === null ? '' : ` (line ${line}${column === null ? '' : `, column ${column}`})`;
    return `${run.error.name}: ${run.error.message}${position}`;
  }
  return run.message ?? run.status;
}

const ENDINGS: Record<Exclude<RunStatus, 'ok' | 'crashed'>, string> = {
  'cpu-limit': 'hit the CPU limit',
  'memory-limit': 'hit the memory limit',
  'virtual-time-limit': 'ran out of virtual time',
  'event-limit': 'hit the callback limit',
  'source-limit': 'was too large to run',
  'syntax-error': 'did not parse',
  error: 'could not run',
};

/**
 * How a run that did not end normally ended, to follow "the program": "crashed with TypeError: …",
 * "exited with code 2", "hit the CPU limit (…)". Null for a normal end.
 */
export function describeRunEnding(run: RunResult): string | null {
  if (run.status === 'ok') return null;
  if (run.status === 'crashed') {
    // A crash without an error is a non-zero exit code the program set itself.
    return run.error ? `crashed with ${describeRunError(run)}` : `exited with code ${run.exitCode}`;
  }
  const detail = run.error ? describeRunError(run) : run.message;
  return detail ? `${ENDINGS[run.status]} (${detail})` : ENDINGS[run.status];
}
