import type { RunOptions } from '@loopgrade/engine';
import { IsolateHost } from '@loopgrade/engine/host/isolate';
import { resolveOptions } from '@loopgrade/engine/host/options';
import { type ChildResult, runProgram } from '@loopgrade/engine/host/run-program';

/**
 * Unit tests of the runtime drive the isolate directly (the same code a sandbox child runs), which keeps
 * them fast; test/engine/unit/pool.spec.ts covers the supervised child processes themselves.
 */
const host = new IsolateHost((message) => {
  throw new Error(`catastrophic isolate error: ${message}`);
});

export function runInProcess(source: string, options: RunOptions = {}): ChildResult {
  const resolved = resolveOptions(options);
  const prepared = host.prepare(resolved.memoryMb);
  try {
    return runProgram(prepared, source, resolved);
  } finally {
    host.release(prepared);
  }
}

export function stdoutLines(result: ChildResult): string[] {
  return result.events.filter((event) => event.stream === 'stdout').map((event) => event.text);
}

export function stderrText(result: ChildResult): string {
  return result.events
    .filter((event) => event.stream === 'stderr')
    .map((event) => event.text)
    .join('\n');
}

/** `text@t` for each stdout event: order and virtual time in one comparable list. */
export function timeline(result: ChildResult): string[] {
  return result.events
    .filter((event) => event.stream === 'stdout')
    .map((event) => `${event.text}@${event.t}`);
}
