import type { RunErrorInfo } from '../contract';
import { asErrorLike } from './describe-thrown';
import type { ResolvedOptions } from './options';

export type PreparedSource =
  | { ok: true; code: string }
  | { ok: false; status: 'source-limit' | 'syntax-error'; message: string; error: RunErrorInfo | null };

interface Amaro {
  transformSync(source: string, options: { mode: 'strip-only' }): { code: string };
}

let amaro: Amaro | null = null;

function stripTypes(source: string): string {
  // Strip-only keeps every line and column in place; nothing ever type-checks untrusted code on the host.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  amaro ??= require('amaro') as Amaro;
  return amaro.transformSync(source, { mode: 'strip-only' }).code;
}

/** Loading amaro takes hundreds of milliseconds: sandbox children do it as soon as they are idle. */
export function warmTypeStripper(): void {
  stripTypes('const warm: number = 1;');
}

/** Size check (before any parsing, which cannot be interrupted) and TypeScript type stripping. */
export function prepareSource(source: string, options: ResolvedOptions): PreparedSource {
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > options.maxSourceBytes) {
    return {
      ok: false,
      status: 'source-limit',
      message: `source is ${bytes} bytes; the limit is ${options.maxSourceBytes} bytes`,
      error: null,
    };
  }
  if (!options.typescript) return { ok: true, code: source };
  try {
    return { ok: true, code: stripTypes(source) };
  } catch (caught) {
    const message = asErrorLike(caught)?.message ?? String(caught);
    return {
      ok: false,
      status: 'syntax-error',
      message,
      error: { name: 'SyntaxError', message, line: null, column: null },
    };
  }
}
