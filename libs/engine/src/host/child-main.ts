/**
 * Entry point of a sandbox child process (started by SandboxPool, never imported by the host).
 * Runs one program at a time, each in a fresh context; the next context is prepared right after each
 * reply, while the pool, if it has another idle child, sends the next run there.
 */
import { writeSync } from 'node:fs';
import { IsolateHost, type PreparedContext } from './isolate';
import { resolveOptions } from './options';
import { verdictOnly } from './results';
import type { ReadyMessage, RunRequest, RunResponse } from './protocol';
import { type ChildResult, runProgram } from './run-program';
import { warmTypeStripper } from './source';

/** isolated-vm could not stop the isolate: stop serving and abort; the supervisor records the verdict. */
function onCatastrophicError(message: string): void {
  writeSync(2, `loopgrade sandbox: catastrophic isolate error: ${message}\n`);
  process.abort();
}

const host = new IsolateHost(onCatastrophicError);
let spare: PreparedContext | null = null;
let lastMemoryMb = resolveOptions().memoryMb;

function takeContext(memoryMb: number): PreparedContext {
  const ready = spare;
  spare = null;
  if (ready !== null && ready.memoryMb === memoryMb && !ready.isolate.isDisposed) return ready;
  if (ready !== null) host.release(ready);
  return host.prepare(memoryMb);
}

function internalError(error: unknown): ChildResult {
  return verdictOnly('error', `internal error: ${error instanceof Error ? error.message : String(error)}`);
}

function handle(request: RunRequest): void {
  const options = resolveOptions(request.options);
  lastMemoryMb = options.memoryMb;
  let result: ChildResult;
  let prepared: PreparedContext | null = null;
  try {
    prepared = takeContext(options.memoryMb);
    result = runProgram(prepared, request.source, options);
  } catch (error) {
    result = internalError(error);
  }
  const response: RunResponse = { id: request.id, result };
  send(response);
  // Housekeeping after the reply, where it adds nothing to the run's latency.
  if (prepared !== null) host.release(prepared);
  setImmediate(prepareSpare);
}

/** A supervisor that went away makes the send fail; 'disconnect' then ends this process. */
function send(message: RunResponse | ReadyMessage): void {
  process.send?.(message, undefined, {}, () => undefined);
}

function prepareSpare(): void {
  spare ??= host.prepare(lastMemoryMb);
}

process.on('message', (message: RunRequest) => handle(message));
process.on('disconnect', () => process.exit(0));
prepareSpare();
const ready: ReadyMessage = { ready: true };
send(ready);
// Loading the TypeScript stripper takes a while: do it while idle rather than in the first TypeScript run.
setImmediate(warmTypeStripper);
