/** Which engine runs grading needs, and the RunOptions for each. */
import type { Invocation, RunOptions } from '@loopgrade/engine/contract';
import type { Check, ExerciseSpec } from '../spec/types';

/** One engine run: the program itself, an invocation, or a test source; with or without a seed. */
export interface RunRequest {
  seed?: number;
  invoke?: Invocation;
  testSource?: string;
}

/** main.js / main.ts, or main.mjs / main.mts for ES modules. */
export function engineFilename(spec: Pick<ExerciseSpec, 'language' | 'moduleType'>): string {
  const esm = spec.moduleType === 'esm';
  if (spec.language === 'ts') return esm ? 'main.mts' : 'main.ts';
  return esm ? 'main.mjs' : 'main.js';
}

export function runOptions(spec: ExerciseSpec, request: RunRequest): RunOptions {
  return {
    ...spec.limits,
    filename: engineFilename(spec),
    entry: spec.entry,
    services: spec.services,
    blockFor: spec.blockFor,
    ...request,
  };
}

/** The run a check is evaluated on, under one schedule. */
export function requestFor(check: Check, seed: number | undefined): RunRequest {
  const base = seed === undefined ? {} : { seed };
  if (check.kind === 'result') return { ...base, invoke: { export: check.export, args: check.args ?? [] } };
  if (check.kind === 'test') return { ...base, testSource: check.source };
  return base;
}

/** The default schedule first, then seeds 1..N. */
export function schedulesOf(check: Check): Array<number | undefined> {
  return [undefined, ...Array.from({ length: check.schedules ?? 0 }, (_unused, index) => index + 1)];
}
