/** Far deeper than any real request (exercise checks nest a few levels), far below the stack's limit. */
export const MAX_JSON_DEPTH = 64;

const OPEN_OBJECT = 0x7b; // {
const OPEN_ARRAY = 0x5b; // [
const CLOSE_OBJECT = 0x7d; // }
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

class JsonBodyShapeError extends Error {
  readonly status = 400;
  readonly type = 'entity.shape.invalid';
}

/**
 * Refuses a JSON body that is not an object, or nests deeper than MAX_JSON_DEPTH: class-transformer
 * walks bodies recursively and overflows the stack on a few KB of `[[[[…`. Runs on the raw bytes,
 * before JSON.parse; the structural characters are ASCII, so UTF-8 can be scanned byte by byte.
 */
export function assertJsonBodyShape(body: Buffer): void {
  let index = 0;
  while (index < body.length && WHITESPACE.has(body[index])) index++;
  if (index === body.length) return; // an empty body: the parser makes it {}
  if (body[index] !== OPEN_OBJECT) throw new JsonBodyShapeError('The request body must be a JSON object');
  let depth = 0;
  let inString = false;
  for (; index < body.length; index++) {
    const byte = body[index];
    if (inString) {
      if (byte === BACKSLASH) index++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (++depth > MAX_JSON_DEPTH) {
        throw new JsonBodyShapeError(`The JSON body nests deeper than ${MAX_JSON_DEPTH} levels`);
      }
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth--;
    }
  }
}
