import path from 'node:path';
import type { RunOptions, RunResult, RunStatus } from '@loopgrade/engine';

/** One hostile submission and the clean verdict the engine must reach within its deadline. */
export interface HostileCase {
  name: string;
  source: string;
  options?: RunOptions;
  /**
   * The verdicts accepted. More than one only where the contract genuinely allows either, e.g. an
   * allocation refused with a catchable RangeError (crashed) or counted against the limit (memory-limit).
   */
  status: RunStatus | RunStatus[];
  /** Host wall-clock bound for the whole run, worker kill and respawn included. */
  deadlineMs: number;
  /** Must match `error.name: error.message` or, for limit verdicts, the result's `message`. */
  explanation?: RegExp;
  /** Further expectations on the result (jest `expect` inside). */
  check?: (result: RunResult) => void;
}

export function stdoutLines(result: RunResult): string[] {
  return result.events.filter((event) => event.stream === 'stdout').map((event) => event.text);
}

export function allOutput(result: RunResult): string {
  return result.events.map((event) => event.text).join('\n');
}

const REPO_ROOT = path.resolve(__dirname, '../../..');

/**
 * Any trace of the host: the checkout's path, the host's Node binary, dependencies, isolated-vm, the
 * runtime's TypeScript host files. (Synthetic names such as `/main.js` or `node:internal/…` frames that
 * the runtime shows in place of Node's are not host data.)
 */
export const HOST_TRACE = new RegExp(
  [REPO_ROOT, process.execPath].map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') +
    String.raw`|node_modules|isolated-vm|\.ts:\d`,
);
