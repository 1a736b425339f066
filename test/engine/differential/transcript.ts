import type { RunResult } from '@loopgrade/engine';
import type { NodeProcessResult } from './node-process';
import { normaliseStderr } from './normalise-stderr';

/** What a program visibly did, in the form both real Node and the engine can be compared in. */
export interface Transcript {
  stdout: string;
  stderr: string;
  exitCode: number | null;
}

export function transcriptOfNode(result: NodeProcessResult): Transcript {
  return { stdout: result.stdout, stderr: normaliseStderr(result.stderr), exitCode: result.exitCode };
}

/** Each output event is one write of `text` plus the newline Node's console appends. */
export function transcriptOfEngine(result: RunResult): Transcript {
  const streamText = (stream: 'stdout' | 'stderr') =>
    result.events
      .filter((event) => event.stream === stream)
      .map((event) => `${event.text}\n`)
      .join('');
  return {
    stdout: streamText('stdout'),
    stderr: normaliseStderr(streamText('stderr')),
    exitCode: result.exitCode,
  };
}
