const MAX_TEXT = 8192;
/** isolated-vm chains the host's own stack below this frame: the program must never see it. */
const BOUNDARY_FRAME = /\n[^\n]*<isolated-vm boundary>[\s\S]*$/;
const NOT_AN_ERROR =
  'An object was thrown from supplied code within isolated-vm, but that object was not an instance of `Error`.';

/**
 * Turns what isolated-vm threw at the host (a copied error, a primitive, or its generic "not an Error"
 * stand-in) into the plain description the runtime prints. Every read is guarded: the value is hostile.
 */
export function describeThrown(thrown: unknown): string {
  try {
    const error = asErrorLike(thrown);
    if (error !== null && error.message !== NOT_AN_ERROR) {
      const text = (value: unknown, fallback: string) =>
        typeof value === 'string' ? value.slice(0, MAX_TEXT) : fallback;
      const name = text(error.name, 'Error');
      const message = text(error.message, '');
      return JSON.stringify({
        kind: 'error',
        name,
        message,
        stack: text(error.stack, `${name}: ${message}`).replace(BOUNDARY_FRAME, ''),
      });
    }
    if (error !== null) return JSON.stringify({ kind: 'reason', reason: '#<Object>' });
    const reason = typeof thrown === 'symbol' ? thrown.toString() : String(thrown);
    return JSON.stringify({ kind: 'reason', reason: reason.slice(0, MAX_TEXT) });
  } catch {
    return JSON.stringify({ kind: 'reason', reason: '[unreadable]' });
  }
}

/**
 * isolated-vm hands the host errors created in the host's main realm; under Jest the test runs in another
 * realm, so `instanceof Error` is not a reliable test: look at the shape instead.
 */
export function asErrorLike(value: unknown): { name: unknown; message: string; stack: unknown } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { message } = value as { message?: unknown };
  if (typeof message !== 'string') return null;
  return { name: (value as { name?: unknown }).name, message, stack: (value as { stack?: unknown }).stack };
}

/** V8 appends ` [file:line:column]` to compile errors reported through isolated-vm. */
export function compileErrorPosition(message: string): {
  message: string;
  line: number | null;
  column: number | null;
} {
  const match = /^(.*) \[[^\]]*?:(\d+):(\d+)\]$/s.exec(message);
  if (!match) return { message, line: null, column: null };
  return { message: match[1], line: Number(match[2]), column: Number(match[3]) };
}
