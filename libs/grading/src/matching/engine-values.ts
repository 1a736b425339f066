/**
 * Reading values as the engine describes them. JSON cannot hold every JavaScript value, so the engine
 * sends `{ $type: … }` descriptions: `{ $type: number, value: 'NaN' | 'Infinity' | '-Infinity' | '-0' }`,
 * `{ $type: undefined }`, `{ $type: Error, name, message }`, …, and a program's own object that has a
 * `$type` key as `{ $type: object, properties: { …its own keys… } }` so it cannot pass for a description.
 */

const SPECIAL_NUMBERS = new Map<string, number>([
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
  ['-0', -0],
]);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDescribedObject(
  value: unknown,
): value is { $type: 'object'; properties: Record<string, unknown> } {
  return isRecord(value) && value.$type === 'object' && isRecord(value.properties);
}

/**
 * The engine's description of a value JSON cannot hold, else the value itself. Teacher data (YAML
 * `.nan`, `-0`, a literal `undefined`) goes through this too, so both sides compare alike.
 */
export function described(value: unknown): unknown {
  if (value === undefined) return { $type: 'undefined' };
  if (typeof value !== 'number' || (Number.isFinite(value) && !Object.is(value, -0))) return value;
  return { $type: 'number', value: Object.is(value, -0) ? '-0' : String(value) };
}

/** The number a value is or describes (NaN, ±Infinity and -0 included), else null. */
export function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (isRecord(value) && value.$type === 'number' && typeof value.value === 'string') {
    return SPECIAL_NUMBERS.get(value.value) ?? null;
  }
  return null;
}

/** `string number boolean null array object`, or the engine's tag for a described value. */
export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (isRecord(value)) return typeof value.$type === 'string' ? value.$type : 'object';
  return typeof value;
}

/** The properties of an object (a described program object's own ones), or null for a non-object. */
export function propertiesOf(value: unknown): Record<string, unknown> | null {
  if (isDescribedObject(value)) return value.properties;
  return isRecord(value) ? value : null;
}
