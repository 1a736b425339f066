/**
 * The engine's public contract: what a caller passes to `run` and the plain data it gets back.
 * Grading, the CLI, the benchmark and the API depend on these types only.
 */

export type RunStatus =
  | 'ok'
  | 'crashed'
  | 'syntax-error'
  | 'cpu-limit'
  | 'memory-limit'
  | 'virtual-time-limit'
  | 'event-limit'
  | 'source-limit'
  | 'error';

export type SourceKind = 'js' | 'cjs' | 'mjs' | 'ts' | 'cts' | 'mts';

export interface OutputEvent {
  /** Virtual milliseconds since the program started. */
  t: number;
  stream: 'stdout' | 'stderr';
  /** Exactly what Node would print for that call, without the trailing newline. */
  text: string;
}

export interface RunErrorInfo {
  name: string;
  message: string;
  /** 1-based position in the student's own source (TypeScript positions map back to the .ts file). */
  line: number | null;
  column: number | null;
}

/** One call to a virtual service (fetch or a named service), as recorded by trusted runtime code. */
export interface ServiceCall {
  service: string;
  /** For fetch: "GET https://api.test/users/1"; for a named service: its operation. */
  target: string;
  start: number;
  end: number | null;
  outcome: 'resolved' | 'rejected' | 'aborted' | 'pending';
  status?: number;
}

export interface ServiceRoute {
  /** fetch: HTTP method (default GET). */
  method?: string;
  /** fetch: exact URL, or a pattern with `*` wildcards. Named services: the operation name. */
  match: string;
  latencyMs: number;
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** 'reject' rejects after latencyMs; 'hang' never settles unless aborted. */
  fail?: 'reject' | 'hang';
  /** Successive calls take successive entries (then the last repeats); lets a route fail twice then succeed. */
  sequence?: Array<Omit<ServiceRoute, 'match' | 'method' | 'sequence'>>;
  /** Seeded runs draw latency uniformly within ±jitterMs. */
  jitterMs?: number;
}

export interface ServicesSpec {
  fetch?: ServiceRoute[];
  /** Named services appear to the program as `services.<name>(operation, ...args)` returning a promise. */
  named?: Record<string, ServiceRoute[]>;
}

export interface RunLimits {
  cpuMs?: number;
  memoryMb?: number;
  virtualHorizonMs?: number;
  maxCallbacks?: number;
  maxPendingTimers?: number;
  maxSourceBytes?: number;
  maxOutputBytes?: number;
  maxOutputLines?: number;
}

/** Call one export of a `module` entry after the module has loaded; the result is reported as plain data. */
export interface Invocation {
  export: string;
  args: unknown[];
}

export interface InvocationResult {
  outcome: 'resolved' | 'rejected' | 'threw' | 'pending' | 'missing';
  /** The settled value, serialised by trusted code to JSON-safe data (cycles and exotic values described). */
  value: unknown;
  /** Virtual time at which the returned promise settled (or the call returned). */
  settledAt: number | null;
}

/** One assertion or test case reported by the in-isolate test harness; the verdict is decided on the host. */
export interface TestCaseResult {
  name: string;
  status: 'passed' | 'failed' | 'error';
  message: string | null;
}

export interface RunOptions extends RunLimits {
  /** Decides module semantics: `.mjs`/`.mts` are ES modules; `.ts`/`.mts`/`.cts` are type-stripped. Default `main.js`. */
  filename?: string;
  /** `script` runs a program; `module` also exposes its exports for invocations and tests. */
  entry?: 'script' | 'module';
  /** Without a seed the engine picks Node's most common order and no jitter. */
  seed?: number;
  /** Virtual epoch for Date.now() in ms (default 2026-01-01T00:00:00.000Z). */
  epochMs?: number;
  services?: ServicesSpec;
  /** Expose `blockFor(ms)`: synchronous busy work that advances the virtual clock. */
  blockFor?: boolean;
  invoke?: Invocation;
  /** Teacher test code (describe/it/expect) run against the module's exports. */
  testSource?: string;
}

export interface RunStats {
  callbacks: number;
  cpuMs: number;
  wallMs: number;
}

export interface PendingWork {
  timers: number;
  intervals: number;
  immediates: number;
}

export interface RunResult {
  status: RunStatus;
  exitCode: number;
  events: OutputEvent[];
  error: RunErrorInfo | null;
  virtualTimeMs: number;
  truncated: boolean;
  calls: ServiceCall[];
  stats: RunStats;
  /** Human-readable reason for a limit status. */
  message?: string;
  /** What was still scheduled when the program ended (unref'ed handles included). */
  pending?: PendingWork;
  unhandledRejection?: boolean;
  invocation?: InvocationResult;
  tests?: TestCaseResult[];
}

/** The capability the rest of the house depends on: something that runs a program and returns plain data. */
export interface ProgramRunner {
  run(source: string, options?: RunOptions): Promise<RunResult>;
}
