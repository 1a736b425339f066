import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The in-isolate runtime is plain JavaScript in ../runtime, read as text and compiled into every fresh
 * isolate. The parts share one function scope; their order matters only for code that runs at load time.
 */
const RUNTIME_PARTS = [
  'intrinsics.js',
  'output.js',
  'loop.js',
  'errors.js',
  'timers.js',
  'process.js',
  'web.js',
  'url.js',
  'events.js',
  'util.js',
  'services.js',
  'console.js',
  'modules.js',
  'harness.js',
  'host.js',
];

/** File name V8 shows for runtime frames in stack traces (Node shows `node:internal/...` for its own). */
export const RUNTIME_FILENAME = 'node:internal/loopgrade';

/** The global that holds `hostCall` in a fresh context; the host takes it and deletes it before any run. */
export const RUNTIME_ENTRY_GLOBAL = '__loopgradeHostCall';

export function runtimeDirectory(): string {
  return join(__dirname, '..', 'runtime');
}

function inspectFactorySource(directory: string): string {
  const file = join(directory, 'inspect.js');
  const source = readFileSync(file, 'utf8').trim();
  // The file is one expression; drop a trailing semicolon so it can sit inside parentheses.
  return source.endsWith(';') ? source.slice(0, -1) : source;
}

let cached: string | null = null;

/** One script whose completion value is the host entry point `hostCall(op, arg)`. */
export function runtimeScript(): string {
  if (cached !== null) return cached;
  const directory = runtimeDirectory();
  if (!existsSync(join(directory, 'inspect.js'))) throw new Error(`engine runtime not found in ${directory}`);
  const parts = RUNTIME_PARTS.map(
    (name) => `// ---- ${name} ----\n${readFileSync(join(directory, name), 'utf8')}`,
  );
  cached =
    `(function loopgradeRuntime() {\n'use strict';\nconst createInspect = (${inspectFactorySource(directory)});\n` +
    `${parts.join('\n')}\nreturn hostCall;\n})()`;
  return cached;
}
