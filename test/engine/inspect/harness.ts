/**
 * Runs the in-isolate inspect (libs/engine/src/runtime/inspect.js) inside a real isolated-vm isolate, the way the
 * engine does, and asks real Node (a child process running node-oracle.mjs) what it prints for the same cases.
 * Both sides build each value from the same source text, so stacks point at the same `case.js` positions.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ivm from 'isolated-vm';

export type FormatCall = 'inspect' | 'format' | 'formatWithOptions';

export interface FormatCase {
  name: string;
  call: FormatCall;
  /** A JS expression evaluated in the realm: the value to inspect, or the argument list for format calls. */
  code: string;
  /** For `inspect`: a JS expression for the options argument. */
  options?: string;
}

/** A case's value (and options) built inside the isolate. */
export interface BuiltCase {
  value: ivm.Reference<unknown>;
  options?: ivm.Reference<unknown>;
}

export interface FormatResult {
  ok: boolean;
  /** The formatted text, or `Name: message` of what the call threw. */
  text: string;
}

const INSPECT_PATH = path.join(__dirname, '../../../libs/engine/src/runtime/inspect.js');
const ORACLE_PATH = path.join(__dirname, 'node-oracle.mjs');

export const inspectSource = readFileSync(INSPECT_PATH, 'utf8');

/** Helpers every case may use, defined identically in both realms. */
export const PREAMBLE = `
globalThis.trimStack = function trimStack(error) {
  // Keep only the frames of the case itself: the harness frames differ between the two processes.
  const lines = error.stack.split('\\n');
  error.stack = lines.filter((line) => !line.startsWith('    at ') || line.includes('case.js')).join('\\n');
  return error;
};
`;

/**
 * What the engine is expected to provide: promise states from a tracker and proxy details from a wrapped Proxy
 * constructor. Evaluated before createInspect, like the engine's runtime prelude.
 */
const HOOKS_SOURCE = `(() => {
  const states = new WeakMap();
  const proxies = new WeakMap();
  // Captured so that tampering tests cannot break the hooks themselves.
  const get = Function.prototype.call.bind(WeakMap.prototype.get);
  const set = Function.prototype.call.bind(WeakMap.prototype.set);
  const RealProxy = Proxy;
  const TrackedProxy = function Proxy(target, handler) {
    if (new.target === undefined) throw new TypeError("Constructor Proxy requires 'new'");
    const proxy = new RealProxy(target, handler);
    set(proxies, proxy, { __proto__: null, target, handler });
    return proxy;
  };
  TrackedProxy.revocable = (target, handler) => {
    const { proxy, revoke } = RealProxy.revocable(target, handler);
    set(proxies, proxy, { __proto__: null, target, handler });
    return { proxy, revoke: () => { set(proxies, proxy, null); revoke(); } };
  };
  globalThis.Proxy = TrackedProxy;
  globalThis.track = (promise) => {
    set(states, promise, { state: 'pending' });
    promise.then(
      (value) => set(states, promise, { state: 'fulfilled', value }),
      (value) => set(states, promise, { state: 'rejected', value }),
    );
    return promise;
  };
  return {
    promiseState: (promise) => get(states, promise),
    getProxyDetails: (value) => get(proxies, value),
  };
})()`;

/** Calls one of the three functions with a case's value; built before any tampering, so it captures what it uses. */
const DRIVER_SOURCE = `(api) => {
  const apply = Reflect.apply;
  const describe = (error) =>
    error !== null && typeof error === 'object' && typeof error.message === 'string'
      ? '' + error.name + ': ' + error.message
      : '' + error;
  return (call, value, options, hasOptions) => {
    try {
      if (call === 'inspect') return { ok: true, text: hasOptions ? api.inspect(value, options) : api.inspect(value) };
      if (call === 'format') return { ok: true, text: apply(api.format, undefined, value) };
      return { ok: true, text: apply(api.formatWithOptions, undefined, value) };
    } catch (error) {
      return { ok: false, text: describe(error) };
    }
  };
}`;

/** An isolate with the engine-style hooks and our inspect loaded, as the engine's runtime would set it up. */
export class IsolateSandbox {
  private readonly isolate = new ivm.Isolate({ memoryLimit: 128 });
  private readonly context = this.isolate.createContextSync();
  private readonly driver: ivm.Reference<(...args: unknown[]) => FormatResult>;
  private readonly api: ivm.Reference<unknown>;

  constructor(options: { hooks?: boolean } = {}) {
    this.context.evalSync(PREAMBLE, { filename: 'preamble.js' });
    const intrinsics = this.evaluate(options.hooks === false ? 'undefined' : HOOKS_SOURCE);
    const createInspect = this.evaluate(inspectSource, 'inspect.js');
    this.api = (createInspect as ivm.Reference<(intrinsics: unknown) => unknown>).applySync(
      undefined,
      [intrinsics.derefInto()],
      { result: { reference: true } },
    ) as ivm.Reference<unknown>;
    const makeDriver = this.evaluate(DRIVER_SOURCE, 'driver.js') as ivm.Reference<(api: unknown) => unknown>;
    this.driver = makeDriver.applySync(undefined, [this.api.derefInto()], {
      result: { reference: true },
    }) as ivm.Reference<(...args: unknown[]) => FormatResult>;
  }

  /** Run `(api) => result` in the isolate with our { inspect, format, formatWithOptions }; the result is copied out. */
  withApi<T>(functionSource: string): T {
    const fn = this.evaluate(functionSource) as ivm.Reference<(api: unknown) => T>;
    return fn.applySync(undefined, [this.api.derefInto()], { result: { copy: true } }) as T;
  }

  /** Evaluate source in the isolate and keep a reference to the result. */
  evaluate(code: string, filename = 'case.js'): ivm.Reference<unknown> {
    return this.context.evalSync(code, { filename, reference: true }) as ivm.Reference<unknown>;
  }

  /** Evaluate source for its effect only (e.g. student code tampering with builtins). */
  runScript(code: string): void {
    this.context.evalSync(code, { filename: 'student.js' });
  }

  /** Build every case's value (microtasks run when each evaluation returns, so tracked promises settle). */
  buildValues(cases: FormatCase[]): BuiltCase[] {
    return cases.map((testCase) => ({
      value: this.evaluate(testCase.code),
      options: testCase.options === undefined ? undefined : this.evaluate(`(${testCase.options})`),
    }));
  }

  format(testCase: FormatCase, built: BuiltCase): FormatResult {
    return this.driver.applySync(
      undefined,
      [testCase.call, built.value.derefInto(), built.options?.derefInto(), built.options !== undefined],
      { result: { copy: true } },
    );
  }

  dispose(): void {
    this.isolate.dispose();
  }
}

/** Our output for a table of cases, computed in a fresh isolate. */
export function actualResults(cases: FormatCase[]): FormatResult[] {
  const sandbox = new IsolateSandbox();
  try {
    const built = sandbox.buildValues(cases);
    return cases.map((testCase, index) => sandbox.format(testCase, built[index]));
  } finally {
    sandbox.dispose();
  }
}

/** Real Node's output for the same cases (values built first, formatted after promises settled). */
export function expectedResults(cases: FormatCase[]): FormatResult[] {
  const stdout = execFileSync(process.execPath, [ORACLE_PATH], {
    input: JSON.stringify({ preamble: PREAMBLE, cases }),
    maxBuffer: 64 * 1024 * 1024,
  });
  const { version, results } = JSON.parse(stdout.toString()) as { version: string; results: FormatResult[] };
  if (!version.startsWith('v24.')) throw new Error(`the oracle must be Node 24, got ${version}`);
  return results;
}

/** Declares one test per case, each asserting that our output in an isolate equals real Node's. */
export function describeComparisonWithNode(title: string, cases: FormatCase[]): void {
  describe(title, () => {
    let expected: FormatResult[];
    let actual: FormatResult[];

    beforeAll(() => {
      expected = expectedResults(cases);
      actual = actualResults(cases);
    });

    it.each(cases.map((testCase, index) => [testCase.name, index] as const))('%s', (_name, index) => {
      expect(actual[index]).toEqual(expected[index]);
    });
  });
}

/** Run a script in real Node and return what it printed (for behaviour that needs more than one call). */
export function runInNode(script: string): string {
  return execFileSync(process.execPath, ['-e', script]).toString();
}

/** Shorthands for building case tables. */
export const inspectCase = (name: string, code: string, options?: string): FormatCase => ({
  name,
  call: 'inspect',
  code,
  options,
});
export const formatCase = (name: string, code: string): FormatCase => ({ name, call: 'format', code });
export const formatWithOptionsCase = (name: string, code: string): FormatCase => ({
  name,
  call: 'formatWithOptions',
  code,
});
