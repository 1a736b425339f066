/**
 * Structural equality over plain data as the engine describes it and as YAML/JSON hold it. Numbers
 * compare like Object.is (NaN equals NaN, -0 differs from 0), the same as the description each side has.
 */
import { described } from './engine-values';

export function deepEqual(left: unknown, right: unknown): boolean {
  const [a, b] = [described(left), described(right)];
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  }
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  const aKeys = Object.keys(aRecord);
  if (aKeys.length !== Object.keys(bRecord).length) return false;
  return aKeys.every((key) => Object.hasOwn(bRecord, key) && deepEqual(aRecord[key], bRecord[key]));
}

/** A short, stable rendering of plain data for messages (JSON, with undefined and NaN, -0… spelled out). */
export function describeValue(value: unknown, maxLength = 200): string {
  const numbersDescribed = (_key: string, item: unknown) =>
    typeof item === 'number' ? described(item) : item;
  const text = value === undefined ? 'undefined' : (JSON.stringify(value, numbersDescribed) ?? String(value));
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
