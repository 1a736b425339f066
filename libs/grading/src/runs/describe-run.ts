import type { RunResult } from '@loopgrade/engine/contract';

/** "TypeError: x is not a function (line 3, column 5)", else the engine's message, else the status. */
export function describeRunError(run: RunResult): string {
  if (run.error) {
    const { line, column } = run.error;
    const position = line === null ? '' : ` (line ${line}${column === null ? '' : `, column ${column}`})`;
    return `${run.error.name}: ${run.error.message}${position}`;
  }
  return run.message ?? run.status;
}
