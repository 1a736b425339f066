import ivm from 'isolated-vm';
import type { OutputEvent, RunErrorInfo, RunResult, RunStatus } from '../contract';
import { asErrorLike, compileErrorPosition, describeThrown } from './describe-thrown';
import { owned, type PreparedContext } from './isolate';
import { type ResolvedOptions, runtimeConfigJson } from './options';
import { verdictOnly } from './results';
import { prepareSource } from './source';

const NODE_VERSION = 'v24.21.0';
const TIMEOUT_MESSAGE = 'Script execution timed out.';
/** Budget for the final bookkeeping call after a CPU-limit stop. */
const FINISH_TIMEOUT_MS = 250;

type CallStatus = 'more' | 'idle' | 'exit';
type HostVerdict = { status: RunStatus; message: string };

/** The result of a run as the child sends it; the supervisor adds wall time. */
export type ChildResult = Omit<RunResult, 'stats'> & { stats: Omit<RunResult['stats'], 'wallMs'> };

/** What the runtime's `finish` reports, as JSON built by trusted in-isolate code. */
interface RuntimeSummary {
  status: RunStatus;
  exitCode: number;
  message: string | null;
  error: RunErrorInfo | null;
  virtualTimeMs: number;
  truncated: boolean;
  callbacks: number;
  calls: RunResult['calls'];
  pending: NonNullable<RunResult['pending']>;
  unhandledRejection: boolean;
  invocation?: RunResult['invocation'];
  tests?: RunResult['tests'];
}

/**
 * Drives one program through a prepared isolate: every call passes the remaining CPU budget as its timeout,
 * returns one primitive string, and acknowledges the output it received so nothing is lost when a call
 * throws (unhandled rejection) after the runtime built its reply.
 */
class Execution {
  private readonly cpuStart: bigint;
  private readonly budgetNs: bigint;
  private readonly fragments: string[] = [];
  private ack = 0;
  private verdict: HostVerdict | null = null;

  constructor(
    private readonly prepared: PreparedContext,
    private readonly options: ResolvedOptions,
  ) {
    this.cpuStart = prepared.isolate.cpuTime;
    this.budgetNs = BigInt(Math.round(options.cpuMs * 1e6));
  }

  get stopped(): HostVerdict | null {
    return this.verdict;
  }

  cpuUsedNs(): bigint {
    return this.prepared.isolate.isDisposed ? this.budgetNs : this.prepared.isolate.cpuTime - this.cpuStart;
  }

  private remainingMs(): number {
    const left = this.budgetNs - this.cpuUsedNs();
    return left <= 0n ? 0 : Math.max(1, Math.ceil(Number(left) / 1e6));
  }

  private memoryVerdict(): HostVerdict {
    return {
      status: 'memory-limit',
      message: `the program exceeded the memory limit of ${this.options.memoryMb} MB`,
    };
  }

  /**
   * A program that exhausts its heap often burns the CPU budget in garbage collection before V8 gives up:
   * a timeout with the heap nearly full is reported as a memory verdict.
   */
  private nearMemoryLimit(): boolean {
    return (
      this.prepared.isolate.getHeapStatisticsSync().used_heap_size >=
      this.options.memoryMb * 1024 * 1024 * 0.9
    );
  }

  /** Classifies a throw from isolated-vm; returns the description of an unhandled rejection, or null. */
  private classify(thrown: unknown, timeout: number): string | null {
    if (this.prepared.isolate.isDisposed) {
      this.verdict = this.memoryVerdict();
      return null;
    }
    if (asErrorLike(thrown)?.message === TIMEOUT_MESSAGE && this.remainingMs() <= timeout) {
      this.verdict = this.nearMemoryLimit()
        ? this.memoryVerdict()
        : {
            status: 'cpu-limit',
            message: `the program used more than ${this.options.cpuMs} ms of CPU time (the clock is virtual: busy-waiting on Date.now() never ends)`,
          };
      return null;
    }
    return describeThrown(thrown);
  }

  /** The timeout for the next call, or null once the run is over (a spent budget ends it as cpu-limit). */
  private nextTimeout(): number | null {
    if (this.verdict !== null) return null;
    const timeout = this.remainingMs();
    if (timeout <= 0) {
      this.classify(new Error(TIMEOUT_MESSAGE), 0);
      return null;
    }
    return timeout;
  }

  /** One host call with the remaining budget; handles the reply protocol `status\nevents`. */
  call(op: string, arg: ivm.Transferable = null): CallStatus {
    const timeout = this.nextTimeout();
    return timeout === null ? 'exit' : this.send(op, arg, timeout);
  }

  /** Like `call`, passing the value `reference` holds; a call that does not happen dereferences nothing. */
  callWith(op: string, reference: ivm.Reference): CallStatus {
    const timeout = this.nextTimeout();
    return timeout === null ? 'exit' : this.send(op, reference.derefInto(), timeout);
  }

  /**
   * A call that ends in an unhandled rejection is followed by a 'rejection' call, which may end in another
   * (a listener that rejects again): a loop, bounded by the CPU budget, not a recursion of the host's stack.
   */
  private send(op: string, arg: ivm.Transferable, timeout: number): CallStatus {
    let request = { op, arg, timeout };
    for (;;) {
      try {
        const reply = this.prepared.hostCall.applySync(undefined, [request.op, request.arg, this.ack], {
          timeout: request.timeout,
        });
        return this.accept(reply);
      } catch (thrown) {
        this.ack = 0;
        const rejection = this.classify(thrown, request.timeout);
        if (rejection === null) return 'exit';
        const next = this.nextTimeout();
        if (next === null) return 'exit';
        request = { op: 'rejection', arg: rejection, timeout: next };
      }
    }
  }

  private accept(reply: string): CallStatus {
    const newline = reply.indexOf('\n');
    const events = reply.slice(newline + 1);
    this.fragments.push(events);
    this.ack = events.length;
    return reply.slice(0, newline) as CallStatus;
  }

  /** ES-module evaluation: a throw there is the entry module's uncaught exception, as in Node. */
  evaluate(module: ivm.Module): CallStatus {
    // isolated-vm reads a timeout of 0 as none at all: a spent budget never reaches it.
    const timeout = this.nextTimeout();
    if (timeout === null) return 'exit';
    try {
      module.evaluateSync({ timeout });
    } catch (thrown) {
      this.ack = 0;
      const description = this.classify(thrown, timeout);
      if (description === null) return 'exit';
      // An 'uncaughtException' listener may take over; the loop then starts as usual.
      if (this.call('uncaught', description) !== 'more') return 'exit';
    }
    return this.call('start-loop');
  }

  /**
   * isolated-vm's limit is soft: a large allocation can succeed past it. The heap as the run left it is
   * the host's own measurement. Over the limit, a full collection first: what counts is what the program
   * keeps, not when V8 last collected, so the same program gets the same verdict on every run. A heap over
   * twice the limit is a memory verdict even if it is garbage: only an allocation far past the limit, let
   * through in one piece (a 256 MB string), gets there.
   */
  checkHeapAfterRun(): void {
    if (this.verdict !== null || this.prepared.isolate.isDisposed) return;
    const limit = this.options.memoryMb * 1024 * 1024;
    const used = this.prepared.isolate.getHeapStatisticsSync().used_heap_size;
    if (used <= limit) return;
    if (used <= 2 * limit) {
      try {
        this.prepared.collectGarbage.applySync(undefined, [], { timeout: FINISH_TIMEOUT_MS });
      } catch {
        // a collection that cannot finish leaves the heap as it is: over the limit
      }
      if (
        !this.prepared.isolate.isDisposed &&
        this.prepared.isolate.getHeapStatisticsSync().used_heap_size <= limit
      ) {
        return;
      }
    }
    this.verdict = this.memoryVerdict();
  }

  finish(): RuntimeSummary | null {
    if (this.prepared.isolate.isDisposed) return null;
    try {
      const reply = this.prepared.hostCall.applySync(undefined, ['finish', null, this.ack], {
        timeout: FINISH_TIMEOUT_MS,
      });
      const newline = reply.indexOf('\n');
      this.fragments.push(reply.slice(0, newline));
      return JSON.parse(reply.slice(newline + 1)) as RuntimeSummary;
    } catch {
      return null;
    }
  }

  /** The runtime caps output already; the host caps it again (twice the budget, plus the marker). */
  events(): OutputEvent[] {
    const joined = this.fragments.join('');
    if (joined === '') return [];
    const rows = JSON.parse(`[${joined.slice(0, -1)}]`) as Array<[number, OutputEvent['stream'], string]>;
    const events: OutputEvent[] = [];
    let budget = 2 * this.options.maxOutputBytes + 1024;
    for (const [t, stream, text] of rows.slice(0, this.options.maxOutputLines + 1)) {
      budget -= text.length;
      if (budget < 0) break;
      events.push({ t, stream, text });
    }
    return events;
  }
}

/** Node's print for a script that does not parse. */
function syntaxErrorResult(
  options: ResolvedOptions,
  source: string,
  name: string,
  rawMessage: string,
): ChildResult {
  const { message, line, column } = compileErrorPosition(rawMessage);
  const result = verdictOnly('syntax-error', `${name}: ${message}`);
  let excerpt = '';
  if (line !== null && column !== null) {
    const text = (source.split('\n')[line - 1] ?? '').replace(/\r$/, '');
    const shownName = options.esm ? `file:///${options.filename}` : options.filename;
    excerpt = `${shownName}:${line}\n${text}\n${' '.repeat(Math.max(0, column - 1))}^\n\n`;
  }
  result.events = [
    { t: 0, stream: 'stderr', text: `${excerpt}${name}: ${message}\n\nNode.js ${NODE_VERSION}` },
  ];
  result.error = { name, message, line, column };
  return result;
}

function compileFailure(caught: unknown): { name: string; message: string } {
  const error = asErrorLike(caught);
  if (error === null) return { name: 'SyntaxError', message: String(caught) };
  return {
    name: typeof error.name === 'string' && error.name !== '' ? error.name : 'SyntaxError',
    message: error.message,
  };
}

const CJS_PARAMETERS = 'exports, require, module, __filename, __dirname';
const TEST_PARAMETERS = 'exports, describe, it, test, expect, beforeEach, afterEach, now, sleep';

/** Compiles the teacher's tests as a strict function (strict callers are invisible to `fn.caller`). */
function registerTests(execution: Execution, prepared: PreparedContext, testSource: string): string | null {
  try {
    const script = owned(
      prepared,
      prepared.isolate.compileScriptSync(`(function (${TEST_PARAMETERS}) {'use strict';\n${testSource}\n})`, {
        filename: 'tests.js',
        lineOffset: -1,
      }),
    );
    execution.callWith(
      'tests',
      owned(prepared, script.runSync(prepared.context, { reference: true, timeout: 1000 })),
    );
    return null;
  } catch (caught) {
    const failure = compileFailure(caught);
    return `test source: ${failure.name}: ${failure.message}`;
  }
}

/** Everything the two entry kinds need to start a program. */
interface Start {
  execution: Execution;
  prepared: PreparedContext;
  options: ResolvedOptions;
  code: string;
  source: string;
}

function startCommonJs({ execution, prepared, options, code, source }: Start): CallStatus | ChildResult {
  let main: ivm.Reference;
  try {
    // The wrapper sits on its own line (lineOffset -1), so positions in the student's file stay exact.
    const script = owned(
      prepared,
      prepared.isolate.compileScriptSync(`(function (${CJS_PARAMETERS}) {\n${code}\n})`, {
        filename: options.filename,
        lineOffset: -1,
      }),
    );
    main = owned(prepared, script.runSync(prepared.context, { reference: true, timeout: 1000 }));
  } catch (caught) {
    const failure = compileFailure(caught);
    return syntaxErrorResult(options, source, failure.name, failure.message);
  }
  return execution.callWith('main', main);
}

function startModule({ execution, prepared, options, code, source }: Start): CallStatus | ChildResult {
  const { isolate, context } = prepared;
  const specifier = `file:///${options.filename}`;
  let student: ivm.Module;
  try {
    student = owned(prepared, isolate.compileModuleSync(code, { filename: specifier }));
  } catch (caught) {
    const failure = compileFailure(caught);
    return syntaxErrorResult(options, source, failure.name, failure.message);
  }
  const runtimeText = (op: string, arg: string): string =>
    prepared.hostCall.applySync(undefined, [op, arg, 0], { timeout: 1000 });
  const wrapper = owned(
    prepared,
    isolate.compileModuleSync(runtimeText('wrapper-source', specifier), { filename: 'loopgrade:entry' }),
  );
  try {
    wrapper.instantiateSync(context, (requested) => {
      if (requested === specifier) return student;
      const builtin = runtimeText('builtin-source', requested);
      if (builtin === '') throw new Error(runtimeText('module-not-found', requested));
      return owned(
        prepared,
        isolate.compileModuleSync(builtin, { filename: `node:${requested.replace(/^node:/, '')}` }),
      );
    });
  } catch (caught) {
    // isolated-vm keeps every module of a failed link, and so the context, alive.
    prepared.retireIsolate = true;
    const message = asErrorLike(caught)?.message ?? String(caught);
    const result = verdictOnly('crashed', undefined);
    result.error = { name: 'Error', message, line: null, column: null };
    result.events = [{ t: 0, stream: 'stderr', text: `Error: ${message}\n\nNode.js ${NODE_VERSION}` }];
    return result;
  }
  return execution.evaluate(wrapper);
}

/** Runs one program in a prepared (fresh) isolate and returns plain data. Never throws for program faults. */
export function runProgram(prepared: PreparedContext, source: string, options: ResolvedOptions): ChildResult {
  const sourceResult = prepareSource(source, options);
  if (!sourceResult.ok) {
    const result = verdictOnly(sourceResult.status, sourceResult.message);
    result.error = sourceResult.error;
    if (sourceResult.status === 'syntax-error') {
      result.events = [
        { t: 0, stream: 'stderr', text: `SyntaxError: ${sourceResult.message}\n\nNode.js ${NODE_VERSION}` },
      ];
    }
    return result;
  }
  if ((options.invoke !== null || options.testSource !== null) && options.entry !== 'module') {
    return verdictOnly('error', 'invoke and testSource need entry: "module"');
  }
  const execution = new Execution(prepared, options);
  execution.call('configure', runtimeConfigJson(options, source));
  if (options.testSource !== null) {
    const problem = registerTests(execution, prepared, options.testSource);
    if (problem !== null) return verdictOnly('error', problem);
  }
  const started = options.esm
    ? startModule({ execution, prepared, options, code: sourceResult.code, source })
    : startCommonJs({ execution, prepared, options, code: sourceResult.code, source });
  if (typeof started === 'object') return started;
  let status = started;
  while (status === 'more') status = execution.call('step');
  execution.checkHeapAfterRun();
  const summary = execution.finish();
  return assemble(execution, summary);
}

function assemble(execution: Execution, summary: RuntimeSummary | null): ChildResult {
  const verdict = execution.stopped;
  const cpuMs = Math.round(Number(execution.cpuUsedNs()) / 1e4) / 100;
  const events = execution.events();
  if (summary === null) {
    const result = verdictOnly(
      verdict?.status ?? 'error',
      verdict?.message ?? 'the runtime did not report a result',
    );
    result.events = events;
    result.stats.cpuMs = cpuMs;
    return result;
  }
  const result: ChildResult = {
    status: verdict?.status ?? summary.status,
    exitCode: verdict === null ? summary.exitCode : 1,
    events,
    error: summary.error,
    virtualTimeMs: summary.virtualTimeMs,
    truncated: summary.truncated,
    calls: summary.calls,
    stats: { callbacks: summary.callbacks, cpuMs },
    pending: summary.pending,
  };
  const message = verdict?.message ?? summary.message;
  if (message !== null) result.message = message;
  if (summary.unhandledRejection) result.unhandledRejection = true;
  if (summary.invocation !== undefined) result.invocation = summary.invocation;
  if (summary.tests !== undefined) result.tests = summary.tests;
  return result;
}
