/** Hand-built engine results for evaluator tests: plain data, as the engine contract describes it. */
import type { OutputEvent, RunResult, ServiceCall } from '@loopgrade/engine/contract';

export function runResult(overrides: Partial<RunResult> = {}): RunResult {
  return {
    status: 'ok',
    exitCode: 0,
    events: [],
    error: null,
    virtualTimeMs: 0,
    truncated: false,
    calls: [],
    stats: { callbacks: 1, cpuMs: 1, wallMs: 2 },
    pending: { timers: 0, intervals: 0, immediates: 0 },
    unhandledRejection: false,
    ...overrides,
  };
}

/** `lines('0 A', '1000 B', '1000 !err')`: time, then text; a leading `!` marks stderr. */
export function lines(...specs: string[]): OutputEvent[] {
  return specs.map((spec) => {
    const space = spec.indexOf(' ');
    const text = spec.slice(space + 1);
    const stderr = text.startsWith('!');
    return {
      t: Number(spec.slice(0, space)),
      stream: stderr ? 'stderr' : 'stdout',
      text: stderr ? text.slice(1) : text,
    };
  });
}

export function call(
  target: string,
  start: number,
  end: number | null,
  overrides: Partial<ServiceCall> = {},
): ServiceCall {
  return {
    service: 'fetch',
    target,
    start,
    end,
    outcome: end === null ? 'pending' : 'resolved',
    status: end === null ? undefined : 200,
    ...overrides,
  };
}
