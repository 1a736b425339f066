import v8 from 'node:v8';
import ivm from 'isolated-vm';
import { RUNTIME_ENTRY_GLOBAL, RUNTIME_FILENAME, runtimeScript } from './runtime-source';

/** A fresh context with the trusted runtime loaded and not yet configured: used for exactly one run. */
export interface PreparedContext {
  isolate: ivm.Isolate;
  context: ivm.Context;
  hostCall: ivm.Reference<(op: string, arg: ivm.Transferable, ack: number) => string>;
  /** A full collection of the isolate's heap, for the host's own measurements. */
  collectGarbage: ivm.Reference<() => void>;
  memoryMb: number;
  /**
   * Handles a run opened into this context (references, modules). Each one keeps the whole context alive
   * until it is released, so they are released with the context: otherwise every finished run would stay
   * in the heap until the host's collector finalised its handles, and the isolate's collector would keep
   * marking it.
   */
  handles: Array<{ release(): void }>;
  /** Something the run left cannot be released: the isolate is replaced instead. */
  retireIsolate: boolean;
}

/** Records `handle` (opened into `prepared`'s context) to be released with that context, and returns it. */
export function owned<T extends { release(): void }>(prepared: PreparedContext, handle: T): T {
  prepared.handles.push(handle);
  return handle;
}

/**
 * Memory outside the isolate's limit (WebAssembly, shared buffers) and collector-dependent behaviour
 * (weak references): never present when student code runs. V8 adds them back to every context made from
 * a snapshot, so they are deleted from each new context, before anything runs in it.
 */
const REMOVED_GLOBALS = ['WebAssembly', 'SharedArrayBuffer', 'Atomics', 'FinalizationRegistry', 'WeakRef'];

/**
 * V8's `gc()` for the whole isolate, from a context of its own that no program runs in: V8 gives `gc` to
 * the contexts created while --expose-gc is on, as a global that cannot be deleted, so the flag is on only
 * while that one context is created (unless this process was started with it).
 */
function garbageCollector(isolate: ivm.Isolate): ivm.Reference<() => void> {
  const processHasGc = typeof (globalThis as { gc?: unknown }).gc === 'function';
  v8.setFlagsFromString('--expose-gc');
  try {
    const context = isolate.createContextSync();
    const collect = context.global.getSync('gc', { reference: true }) as ivm.Reference<() => void>;
    context.release();
    return collect;
  } finally {
    if (!processHasGc) v8.setFlagsFromString('--no-expose-gc');
  }
}

/** Replace the isolate after this many runs, so its heap never grows old. */
const RUNS_PER_ISOLATE = 100;

let runtimeSnapshot: ivm.ExternalCopy<ArrayBuffer> | null = null;

/**
 * A V8 startup snapshot of a context in which the runtime has already run: every context created in an
 * isolate built from it starts with the runtime and the student-visible globals in place, for a third
 * less work than evaluating the runtime in a blank context.
 */
function snapshotWithRuntime(): ivm.ExternalCopy<ArrayBuffer> {
  runtimeSnapshot ??= ivm.Isolate.createSnapshot([
    { code: `globalThis.${RUNTIME_ENTRY_GLOBAL} = ${runtimeScript()};`, filename: RUNTIME_FILENAME },
  ]);
  return runtimeSnapshot;
}

/**
 * Owns one isolate per memory limit and hands out a NEW context for every run: contexts share no
 * objects (the runtime never passes any between them), so a run sees no trace of earlier ones. Contexts
 * come from the runtime snapshot. An isolate killed by its memory limit is replaced.
 */
export class IsolateHost {
  private isolate: ivm.Isolate | null = null;
  private memoryMb = 0;
  private runs = 0;
  private initialHeapLimit = 0;
  private collectGarbage: ivm.Reference<() => void> | null = null;

  constructor(private readonly onCatastrophicError: (message: string) => void) {}

  prepare(memoryMb: number): PreparedContext {
    if (
      this.isolate === null ||
      this.isolate.isDisposed ||
      this.memoryMb !== memoryMb ||
      this.runs >= RUNS_PER_ISOLATE
    ) {
      this.replaceIsolate(memoryMb);
    }
    const isolate = this.isolate as ivm.Isolate;
    this.runs++;
    const context = isolate.createContextSync();
    const hostCall = context.global.getSync(RUNTIME_ENTRY_GLOBAL, {
      reference: true,
    }) as PreparedContext['hostCall'];
    context.global.deleteSync(RUNTIME_ENTRY_GLOBAL);
    for (const name of REMOVED_GLOBALS) context.global.deleteSync(name);
    const collectGarbage = this.collectGarbage as PreparedContext['collectGarbage'];
    return { isolate, context, hostCall, collectGarbage, memoryMb, handles: [], retireIsolate: false };
  }

  /**
   * Ends a run's context. An isolate whose heap limit was raised (isolated-vm lifts it near the limit so a
   * termination can finish), whose heap stayed large, or that still holds what the run could not release
   * is not trusted with the next run: it is replaced.
   */
  release(prepared: PreparedContext): void {
    if (prepared.isolate.isDisposed) return;
    for (const handle of prepared.handles) handle.release();
    prepared.hostCall.release();
    prepared.context.release();
    const heap = prepared.isolate.getHeapStatisticsSync();
    if (
      prepared.retireIsolate ||
      heap.heap_size_limit > this.initialHeapLimit ||
      heap.total_heap_size > prepared.memoryMb * 1024 * 1024 * 0.5
    ) {
      prepared.isolate.dispose();
    }
  }

  private replaceIsolate(memoryMb: number): void {
    if (this.isolate !== null && !this.isolate.isDisposed) this.isolate.dispose();
    this.isolate = new ivm.Isolate({
      memoryLimit: memoryMb,
      snapshot: snapshotWithRuntime(),
      onCatastrophicError: this.onCatastrophicError,
    });
    this.collectGarbage = garbageCollector(this.isolate);
    this.initialHeapLimit = this.isolate.getHeapStatisticsSync().heap_size_limit;
    this.memoryMb = memoryMb;
    this.runs = 0;
  }
}
