import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { OutputEvent, RunOptions, RunResult } from './contract';
import { SandboxPool } from './host/pool';

const USAGE = 'usage: loopgrade run FILE [--json] [--seed N] [--cpu-ms N] [--memory-mb N]';

/** Control characters, DEL, C1, bidi controls and zero-width characters are shown as visible escapes. */
const UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u{${ch.charCodeAt(0).toString(16)}}`);
}

function formatEvent(event: OutputEvent): string {
  const prefix = `[${String(event.t).padStart(7)} ms] ${event.stream === 'stderr' ? '[stderr] ' : ''}`;
  const indent = ' '.repeat(prefix.length);
  return prefix + escapeForTerminal(event.text).split('\n').join(`\n${indent}`);
}

function statusLine(result: RunResult): string {
  const parts = [
    `status ${result.status}`,
    `exit code ${result.exitCode}`,
    `virtual time ${result.virtualTimeMs} ms`,
  ];
  if (result.truncated) parts.push('output truncated');
  const message = result.message ? ` (${escapeForTerminal(result.message)})` : '';
  return `-- ${parts.join(', ')}${message}`;
}

interface CliArgs {
  file: string;
  json: boolean;
  options: RunOptions;
}

function numberFlag(name: string, value: string | undefined): number {
  const parsed = Number(value);
  if (value === undefined || !Number.isFinite(parsed)) throw new Error(`${name} needs a number`);
  return parsed;
}

function parseArgs(argv: string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command !== 'run') throw new Error(USAGE);
  const args: CliArgs = { file: '', json: false, options: {} };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--json') args.json = true;
    else if (arg === '--seed') args.options.seed = numberFlag(arg, rest[++i]);
    else if (arg === '--cpu-ms') args.options.cpuMs = numberFlag(arg, rest[++i]);
    else if (arg === '--memory-mb') args.options.memoryMb = numberFlag(arg, rest[++i]);
    else if (arg.startsWith('--') || args.file !== '') throw new Error(USAGE);
    else args.file = arg;
  }
  if (args.file === '') throw new Error(USAGE);
  args.options.filename = basename(args.file);
  return args;
}

/** `loopgrade run FILE ...`; resolves to the process exit code (the program's, or 1 for a limit or error). */
export async function runCli(
  argv: string[],
  write: (text: string) => void = (text) => process.stdout.write(text),
  writeError: (text: string) => void = (text) => process.stderr.write(text),
): Promise<number> {
  let args: CliArgs;
  let source: string;
  try {
    args = parseArgs(argv);
    source = readFileSync(args.file, 'utf8');
  } catch (error) {
    writeError(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const pool = new SandboxPool({ size: 1 });
  try {
    const result = await pool.run(source, args.options);
    if (args.json) write(`${JSON.stringify(result, null, 2)}\n`);
    else write(`${[...result.events.map(formatEvent), statusLine(result)].join('\n')}\n`);
    if (result.status === 'ok' || result.status === 'crashed') return result.exitCode;
    return result.exitCode === 0 ? 1 : result.exitCode;
  } finally {
    await pool.close();
  }
}
