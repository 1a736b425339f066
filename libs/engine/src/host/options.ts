import type { Invocation, RunOptions, ServicesSpec, SourceKind } from '../contract';

/** Limits when the caller gives none (issue 3, item 5). */
export const DEFAULT_LIMITS = {
  cpuMs: 1000,
  memoryMb: 64,
  virtualHorizonMs: 24 * 60 * 60 * 1000,
  maxCallbacks: 1_000_000,
  maxPendingTimers: 100_000,
  maxSourceBytes: 64 * 1024,
  maxOutputBytes: 64 * 1024,
  maxOutputLines: 2000,
} as const;

/** 2026-01-01T00:00:00.000Z */
export const DEFAULT_EPOCH_MS = Date.UTC(2026, 0, 1);

export interface ResolvedOptions {
  filename: string;
  kind: SourceKind;
  esm: boolean;
  typescript: boolean;
  entry: 'script' | 'module';
  seed: number | null;
  epochMs: number;
  services: ServicesSpec;
  blockFor: boolean;
  invoke: Invocation | null;
  testSource: string | null;
  cpuMs: number;
  memoryMb: number;
  virtualHorizonMs: number;
  maxCallbacks: number;
  maxPendingTimers: number;
  maxSourceBytes: number;
  maxOutputBytes: number;
  maxOutputLines: number;
}

export function sourceKind(filename: string): SourceKind {
  const match = /\.(js|cjs|mjs|ts|cts|mts)$/.exec(filename);
  return match ? (match[1] as SourceKind) : 'js';
}

function positiveNumber(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Fills in defaults and validates types: everything after this point can trust its input shape. */
export function resolveOptions(options: RunOptions = {}): ResolvedOptions {
  const filename =
    typeof options.filename === 'string' && options.filename !== '' ? options.filename : 'main.js';
  const kind = sourceKind(filename);
  const seed =
    typeof options.seed === 'number' && Number.isFinite(options.seed) ? Math.trunc(options.seed) : null;
  return {
    filename: filename.replace(/^.*[\\/]/, ''),
    kind,
    esm: kind === 'mjs' || kind === 'mts',
    typescript: kind === 'ts' || kind === 'cts' || kind === 'mts',
    entry: options.entry === 'module' ? 'module' : 'script',
    seed,
    epochMs:
      typeof options.epochMs === 'number' && Number.isFinite(options.epochMs)
        ? options.epochMs
        : DEFAULT_EPOCH_MS,
    services: options.services ?? {},
    blockFor: options.blockFor === true,
    invoke: options.invoke ?? null,
    testSource: typeof options.testSource === 'string' ? options.testSource : null,
    cpuMs: positiveNumber(options.cpuMs, DEFAULT_LIMITS.cpuMs),
    memoryMb: Math.max(8, positiveNumber(options.memoryMb, DEFAULT_LIMITS.memoryMb)),
    virtualHorizonMs: positiveNumber(options.virtualHorizonMs, DEFAULT_LIMITS.virtualHorizonMs),
    maxCallbacks: positiveNumber(options.maxCallbacks, DEFAULT_LIMITS.maxCallbacks),
    maxPendingTimers: positiveNumber(options.maxPendingTimers, DEFAULT_LIMITS.maxPendingTimers),
    maxSourceBytes: positiveNumber(options.maxSourceBytes, DEFAULT_LIMITS.maxSourceBytes),
    maxOutputBytes: positiveNumber(options.maxOutputBytes, DEFAULT_LIMITS.maxOutputBytes),
    maxOutputLines: positiveNumber(options.maxOutputLines, DEFAULT_LIMITS.maxOutputLines),
  };
}

/** The configuration the in-isolate runtime receives, as one JSON string. */
export function runtimeConfigJson(options: ResolvedOptions, source: string): string {
  return JSON.stringify({
    filename: options.filename,
    source,
    esm: options.esm,
    entry: options.entry,
    seed: options.seed,
    epochMs: options.epochMs,
    services: options.services,
    blockFor: options.blockFor,
    invoke:
      options.invoke === null
        ? null
        : { export: options.invoke.export, argsJson: JSON.stringify(options.invoke.args ?? []) },
    virtualHorizonMs: options.virtualHorizonMs,
    maxCallbacks: options.maxCallbacks,
    maxPendingTimers: options.maxPendingTimers,
    maxOutputBytes: options.maxOutputBytes,
    maxOutputLines: options.maxOutputLines,
  });
}
