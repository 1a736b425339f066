/**
 * A small declarative predicate language over plain data, evaluated on the host by this interpreter
 * (no code generation, no teacher code executed). Rules:
 * - a string, number, boolean or null matches an equal value;
 * - an array matches an array of the same length, element by element;
 * - an object without `$` keys matches an object with exactly those keys, value by value;
 * - an object whose keys all start with `$` is a set of operators, all of which must hold.
 */
import { deepEqual, describeValue } from './deep-equal';
import { isRecord, numberOf, propertiesOf, typeOf } from './engine-values';
import { compileRegex, regexProblem, SLOW_REGEX, testTexts } from './regex';

export interface MatchFailure {
  /** Where in the value the mismatch is, e.g. `[2].name` ('' for the value itself). */
  path: string;
  /** What was expected there, in words. */
  expected: string;
  actual: unknown;
}

type Operand = unknown;
/** One operator: its operand, the value under test, where it is, and the whole operator object (for modifiers). */
type Check = (
  operand: Operand,
  value: unknown,
  path: string,
  node: Record<string, unknown>,
) => MatchFailure | null;

/** JSON types, plus the `$type` tags the engine uses to describe values JSON cannot hold. */
const TYPES = [
  'string',
  'number',
  'boolean',
  'null',
  'array',
  'object',
  'undefined',
  'bigint',
  'symbol',
  'function',
  'Error',
  'Date',
  'Map',
  'Set',
  'Promise',
  'circular',
] as const;

function fail(path: string, expected: string, actual: unknown): MatchFailure {
  return { path, expected, actual };
}

function isOperatorObject(matcher: unknown): matcher is Record<string, unknown> {
  if (typeof matcher !== 'object' || matcher === null || Array.isArray(matcher)) return false;
  const keys = Object.keys(matcher);
  return keys.length > 0 && keys.every((key) => key.startsWith('$'));
}

/** Order comparisons read described numbers too: -0 is 0 here, NaN compares false. */
function numberCompare(name: string, holds: (value: number, bound: number) => boolean): Check {
  return (operand, value, path) => {
    const number = numberOf(value);
    return number !== null && holds(number, operand as number)
      ? null
      : fail(path, `a number ${name} ${String(operand)}`, value);
  };
}

function lengthOf(value: unknown): number | null {
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  return null;
}

function compareSorted(a: unknown, b: unknown): number {
  const [x, y] = [numberOf(a), numberOf(b)];
  if (x !== null && y !== null) return x - y;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

const OPERATORS: Record<string, Check> = {
  $eq: (operand, value, path) =>
    deepEqual(operand, value) ? null : fail(path, describeValue(operand), value),
  $ne: (operand, value, path) =>
    deepEqual(operand, value) ? fail(path, `anything but ${describeValue(operand)}`, value) : null,
  $type: (operand, value, path) =>
    typeOf(value) === operand ? null : fail(path, `a value of type ${String(operand)}`, value),
  $gt: numberCompare('>', (value, bound) => value > bound),
  $gte: numberCompare('>=', (value, bound) => value >= bound),
  $lt: numberCompare('<', (value, bound) => value < bound),
  $lte: numberCompare('<=', (value, bound) => value <= bound),
  $closeTo: (operand, value, path) => {
    const [target, tolerance] = operand as [number, number];
    const number = numberOf(value);
    return number !== null && Math.abs(number - target) <= tolerance
      ? null
      : fail(path, `a number within ${tolerance} of ${target}`, value);
  },
  $regex: (operand, value, path, node) => {
    const compiled = compileRegex(operand as string, node.$flags as string | undefined);
    if ('problem' in compiled)
      return fail(path, `a string matching ${String(operand)} (${compiled.problem})`, value);
    if (typeof value !== 'string') return fail(path, `a string matching ${compiled.regex}`, value);
    const [matched] = testTexts(compiled.regex, [value]) ?? [null];
    if (matched === null) return fail(path, `a string matching ${compiled.regex} (${SLOW_REGEX})`, value);
    return matched ? null : fail(path, `a string matching ${compiled.regex}`, value);
  },
  $includes: (operand, value, path) =>
    typeof value === 'string' && value.includes(operand as string)
      ? null
      : fail(path, `a string containing ${describeValue(operand)}`, value),
  $length: (operand, value, path) => {
    const length = lengthOf(value);
    if (length === null) return fail(path, 'a string or an array', value);
    const failure = matchValue(operand, length, `${path}.length`);
    return failure && { ...failure, expected: `length ${failure.expected}` };
  },
  $every: (operand, value, path) => {
    if (!Array.isArray(value)) return fail(path, 'an array', value);
    for (const [index, item] of value.entries()) {
      const failure = matchValue(operand, item, `${path}[${index}]`);
      if (failure) return failure;
    }
    return null;
  },
  $some: (operand, value, path) => {
    if (!Array.isArray(value)) return fail(path, 'an array', value);
    return value.some((item) => matchValue(operand, item, '') === null)
      ? null
      : fail(path, `an array with an element matching ${describeValue(operand)}`, value);
  },
  $props: (operand, value, path) => {
    const properties = propertiesOf(value);
    if (!properties) return fail(path, 'an object', value);
    for (const [key, matcher] of Object.entries(operand as Record<string, unknown>)) {
      const failure = matchValue(matcher, properties[key], `${path}.${key}`);
      if (failure) return failure;
    }
    return null;
  },
  $sameMembers: (operand, value, path) => {
    const expected = operand as unknown[];
    const expectedText = `the same members as ${describeValue(expected)}, in any order`;
    if (!Array.isArray(value) || value.length !== expected.length) return fail(path, expectedText, value);
    const remaining = [...value];
    for (const item of expected) {
      const index = remaining.findIndex((candidate) => deepEqual(candidate, item));
      if (index < 0) return fail(path, expectedText, value);
      remaining.splice(index, 1);
    }
    return null;
  },
  $sorted: (operand, value, path) => {
    if (!Array.isArray(value)) return fail(path, 'an array', value);
    const sign = operand === 'desc' ? -1 : 1;
    const sorted = value.every(
      (item, index) => index === 0 || sign * compareSorted(value[index - 1], item) <= 0,
    );
    return sorted
      ? null
      : fail(path, `an array sorted ${operand === 'desc' ? 'descending' : 'ascending'}`, value);
  },
  $unique: (_operand, value, path) => {
    if (!Array.isArray(value)) return fail(path, 'an array', value);
    const duplicate = value.some((item, index) =>
      value.slice(0, index).some((other) => deepEqual(other, item)),
    );
    return duplicate ? fail(path, 'an array without duplicates', value) : null;
  },
  $not: (operand, value, path) =>
    matchValue(operand, value, path) === null ? fail(path, `not ${describeValue(operand)}`, value) : null,
  $anyOf: (operand, value, path) =>
    (operand as unknown[]).some((matcher) => matchValue(matcher, value, path) === null)
      ? null
      : fail(path, `one of ${(operand as unknown[]).map((m) => describeValue(m)).join(' | ')}`, value),
  $allOf: (operand, value, path) => {
    for (const matcher of operand as unknown[]) {
      const failure = matchValue(matcher, value, path);
      if (failure) return failure;
    }
    return null;
  },
};

/** Keys that modify another operator rather than test the value. */
const MODIFIERS = new Set(['$flags']);

export const MATCHER_OPERATORS = [...Object.keys(OPERATORS), ...MODIFIERS];

function matchOperators(matcher: Record<string, unknown>, value: unknown, path: string): MatchFailure | null {
  for (const [name, operand] of Object.entries(matcher)) {
    if (MODIFIERS.has(name)) continue;
    const operator = OPERATORS[name] as Check | undefined;
    // Matchers are validated on save; an unknown operator in unvalidated data fails the check instead of throwing.
    if (!operator) return fail(path, `a valid matcher (unknown operator ${name})`, value);
    const failure = operator(operand, value, path, matcher);
    if (failure) return failure;
  }
  return null;
}

/** Returns null when `value` satisfies `matcher`, else the first mismatch. Assumes a valid matcher. */
export function matchValue(matcher: unknown, value: unknown, path = ''): MatchFailure | null {
  if (isOperatorObject(matcher)) return matchOperators(matcher, value, path);
  if (Array.isArray(matcher)) {
    if (!Array.isArray(value)) return fail(path, `an array of ${matcher.length}`, value);
    if (value.length !== matcher.length) return fail(path, `an array of ${matcher.length}`, value);
    for (const [index, item] of matcher.entries()) {
      const failure = matchValue(item, value[index], `${path}[${index}]`);
      if (failure) return failure;
    }
    return null;
  }
  if (typeof matcher === 'object' && matcher !== null) {
    const record = propertiesOf(value);
    if (!record) return fail(path, 'an object', value);
    const expectedKeys = Object.keys(matcher);
    const extra = Object.keys(record).find((key) => !Object.hasOwn(matcher, key));
    if (extra !== undefined) return fail(`${path}.${extra}`, 'no such property', record[extra]);
    for (const key of expectedKeys) {
      const failure = matchValue((matcher as Record<string, unknown>)[key], record[key], `${path}.${key}`);
      if (failure) return failure;
    }
    return null;
  }
  return deepEqual(matcher, value) ? null : fail(path, describeValue(matcher), value);
}

// ---- validation (on save) ----

export interface MatcherProblem {
  /** JSON pointer to the faulty part of the matcher. */
  path: string;
  message: string;
}

type OperandValidator = (operand: unknown, path: string, node: Record<string, unknown>) => MatcherProblem[];

const isNumber = (operand: unknown) => typeof operand === 'number' && Number.isFinite(operand);
const expectation =
  (test: (operand: unknown) => boolean, what: string): OperandValidator =>
  (operand, path) =>
    test(operand) ? [] : [{ path, message: `must be ${what}` }];
const nested: OperandValidator = (operand, path) => validateMatcher(operand, path);
const nestedList: OperandValidator = (operand, path) =>
  Array.isArray(operand) && operand.length > 0
    ? operand.flatMap((item, index) => validateMatcher(item, `${path}/${index}`))
    : [{ path, message: 'must be a non-empty array of matchers' }];

/** `$regex` is checked together with its `$flags`, exactly as grading compiles them. */
function validRegex(operand: unknown, path: string, node: Record<string, unknown>): MatcherProblem[] {
  if (typeof operand !== 'string') return [{ path, message: 'must be a string' }];
  const flags = node.$flags;
  const problem = regexProblem(operand, typeof flags === 'string' ? flags : undefined);
  return problem ? [{ path, message: problem }] : [];
}

const OPERAND_VALIDATORS: Record<string, OperandValidator> = {
  $eq: () => [],
  $ne: () => [],
  $type: expectation(
    (operand) => (TYPES as readonly unknown[]).includes(operand),
    `one of ${TYPES.join(', ')}`,
  ),
  $gt: expectation(isNumber, 'a number'),
  $gte: expectation(isNumber, 'a number'),
  $lt: expectation(isNumber, 'a number'),
  $lte: expectation(isNumber, 'a number'),
  $closeTo: expectation(
    (operand) => Array.isArray(operand) && operand.length === 2 && operand.every(isNumber),
    'a pair [value, tolerance]',
  ),
  $regex: validRegex,
  $flags: expectation(
    (operand) => typeof operand === 'string' && /^(?!.*(.).*\1)[imsu]*$/.test(operand),
    'flags among i, m, s, u, each at most once',
  ),
  $includes: expectation((operand) => typeof operand === 'string', 'a string'),
  $length: nested,
  $every: nested,
  $some: nested,
  $props: (operand, path) =>
    isRecord(operand)
      ? Object.entries(operand).flatMap(([key, matcher]) => validateMatcher(matcher, `${path}/${key}`))
      : [{ path, message: 'must be an object of matchers' }],
  $sameMembers: expectation(Array.isArray, 'an array'),
  $sorted: expectation((operand) => operand === 'asc' || operand === 'desc', '"asc" or "desc"'),
  $unique: expectation((operand) => operand === true, 'true'),
  $not: nested,
  $anyOf: nestedList,
  $allOf: nestedList,
};

/** Lists the problems in a matcher (empty when it is valid); `path` prefixes the JSON pointers. */
export function validateMatcher(matcher: unknown, path = ''): MatcherProblem[] {
  if (Array.isArray(matcher))
    return matcher.flatMap((item, index) => validateMatcher(item, `${path}/${index}`));
  if (typeof matcher !== 'object' || matcher === null) return [];
  const keys = Object.keys(matcher);
  const operators = keys.filter((key) => key.startsWith('$'));
  const record = matcher as Record<string, unknown>;
  if (operators.length === 0) return keys.flatMap((key) => validateMatcher(record[key], `${path}/${key}`));
  if (operators.length !== keys.length) {
    const message = `mixes operators (${operators.join(', ')}) with plain keys; use $props for partial objects`;
    return [{ path, message }];
  }
  const problems = operators.flatMap((name) =>
    OPERAND_VALIDATORS[name]
      ? OPERAND_VALIDATORS[name](record[name], `${path}/${name}`, record)
      : [{ path: `${path}/${name}`, message: `unknown operator (known: ${MATCHER_OPERATORS.join(', ')})` }],
  );
  if (record.$flags !== undefined && record.$regex === undefined) {
    problems.push({ path: `${path}/$flags`, message: 'needs $regex' });
  }
  return problems;
}
