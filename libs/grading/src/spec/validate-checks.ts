/**
 * Validation on save: the JSON Schema first, then the rules a schema cannot express.
 * Every problem names a JSON pointer into the validated data.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { checkSchema, checksSchema, exerciseSchema } from './schema';
import { regexProblem } from '../matching/regex';
import { validateMatcher } from '../matching/value-matcher';
import { resolveEventRef } from './event-refs';
import { toEventObject } from './text-pattern';
import type { Check, OutputCheck, TextPattern, TimeBound } from './types';

const CHECK_KINDS = checkSchema.oneOf.map((branch) => branch.properties.kind.const);

export interface ValidationError {
  /** JSON pointer into the validated value, e.g. `/2/expect/0/regex`. */
  path: string;
  message: string;
}

export interface ValidationResult {
  ok: boolean;
  errors: ValidationError[];
}

// verbose: errors carry their schema, so a `not` error can name the fields it forbids together.
const ajv = new Ajv({
  allErrors: true,
  discriminator: true,
  strict: true,
  strictRequired: false,
  verbose: true,
});
const checksValidator = ajv.compile(checksSchema);
const exerciseValidator = ajv.compile(exerciseSchema);

/** "value and matches": the fields a `not: { required: [...] }` forbids together (from the verbose schema). */
function notTogether(error: ErrorObject): string {
  const fields = (error.schema as { required?: string[] }).required ?? [];
  return fields.join(' and ');
}

function describeAjvError(error: ErrorObject): ValidationError {
  const params = error.params as Record<string, unknown>;
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'additionalProperties')
    message = `unknown property "${String(params.additionalProperty)}"`;
  if (error.keyword === 'enum') message = `must be one of ${(params.allowedValues as unknown[]).join(', ')}`;
  if (error.keyword === 'const') message = `must be ${JSON.stringify(params.allowedValue)}`;
  if (error.keyword === 'not') message = `${notTogether(error)} conflict: use only one of them`;
  if (error.keyword === 'discriminator')
    message = `unknown ${String(params.tag)} (known: ${CHECK_KINDS.join(', ')})`;
  return { path: error.instancePath, message };
}

/** The schema path of the anyOf/oneOf a `required` error comes from, if it does. */
function alternativesPath(error: ErrorObject): string | null {
  if (error.keyword !== 'required') return null;
  const match = /^(.*\/(?:anyOf|oneOf))\/\d+\/required$/.exec(error.schemaPath);
  return match ? match[1] : null;
}

/**
 * Ajv reports every branch of a failed anyOf/oneOf: fold "must have required property" errors from
 * alternatives into one "needs one of" message and drop the generic anyOf/oneOf line that goes with it.
 */
function schemaErrors(validator: ValidateFunction, data: unknown): ValidationError[] {
  if (validator(data)) return [];
  const errors = validator.errors ?? [];
  const alternatives = new Map<string, { path: string; names: string[] }>();
  const rest: ErrorObject[] = [];
  for (const error of errors) {
    const group = alternativesPath(error);
    if (group === null) {
      rest.push(error);
      continue;
    }
    const key = `${error.instancePath} ${group}`;
    const entry = alternatives.get(key) ?? { path: error.instancePath, names: [] };
    entry.names.push(String((error.params as { missingProperty: string }).missingProperty));
    alternatives.set(key, entry);
  }
  const folded = [...alternatives.entries()].map(([key, { path, names }]) => ({
    key,
    error: {
      path,
      message: `needs ${key.endsWith('oneOf') ? 'exactly' : 'at least'} one of: ${names.join(', ')}`,
    },
  }));
  const foldedKeys = new Set(folded.map(({ key }) => key));
  const kept = rest
    .filter((error) => error.keyword !== 'if')
    .filter((error) => !foldedKeys.has(`${error.instancePath} ${error.schemaPath}`))
    .map(describeAjvError);
  const seen = new Set<string>();
  return [...kept, ...folded.map(({ error }) => error)].filter((error) => {
    const key = `${error.path} ${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function timeBoundProblems(bound: TimeBound | undefined, path: string): ValidationError[] {
  if (!bound) return [];
  const problems: ValidationError[] = [];
  if (bound.tolerance !== undefined && bound.at === undefined) {
    problems.push({ path: `${path}/tolerance`, message: 'tolerance needs at' });
  }
  if (bound.min !== undefined && bound.max !== undefined && bound.min > bound.max) {
    problems.push({ path, message: 'min must not exceed max' });
  }
  return problems;
}

function textPatternProblems(pattern: TextPattern, path: string): ValidationError[] {
  const problems: ValidationError[] = [];
  const ways = (['text', 'normalized', 'regex'] as const).filter((key) => pattern[key] !== undefined);
  if (ways.length > 1) problems.push({ path, message: `use only one of ${ways.join(', ')}` });
  const regex = pattern.regex === undefined ? null : regexProblem(pattern.regex, pattern.flags);
  if (regex) problems.push({ path: `${path}/regex`, message: regex });
  if (pattern.flags !== undefined && pattern.regex === undefined) {
    problems.push({ path: `${path}/flags`, message: 'flags need regex' });
  }
  return problems;
}

function outputProblems(check: OutputCheck, path: string): ValidationError[] {
  const problems: ValidationError[] = [];
  check.expect.map(toEventObject).forEach((event, index) => {
    const eventPath = `${path}/expect/${index}`;
    problems.push(...textPatternProblems(event, eventPath));
    problems.push(...timeBoundProblems({ at: event.at, tolerance: event.tolerance }, eventPath));
  });
  if (check.before && check.mode !== 'partial') {
    problems.push({ path: `${path}/before`, message: 'before is only meaningful in partial mode' });
  }
  (check.before ?? []).forEach((pair, pairIndex) =>
    pair.forEach((ref, side) => {
      if (resolveEventRef(check, ref) === null) {
        problems.push({
          path: `${path}/before/${pairIndex}/${side}`,
          message: `${JSON.stringify(ref)} names no expected event (use an index, a name or an exact text)`,
        });
      }
    }),
  );
  return problems;
}

function kindProblems(check: Check, path: string): ValidationError[] {
  switch (check.kind) {
    case 'output':
      return outputProblems(check, path);
    case 'timing':
      return [
        ...timeBoundProblems(check.total, `${path}/total`),
        ...(check.events ?? []).flatMap((event, index) => {
          const eventPath = `${path}/events/${index}`;
          return [...textPatternProblems(event, eventPath), ...timeBoundProblems(event, eventPath)];
        }),
      ];
    case 'calls': {
      const count = check.count;
      if (
        typeof count === 'object' &&
        count.min !== undefined &&
        count.max !== undefined &&
        count.min > count.max
      ) {
        return [{ path: `${path}/count`, message: 'min must not exceed max' }];
      }
      return [];
    }
    case 'result':
      return [
        ...validateMatcher(check.matches, `${path}/matches`),
        ...timeBoundProblems(check.settledAt, `${path}/settledAt`),
      ];
    case 'clean-exit':
    case 'test':
      return [];
  }
}

function semanticProblems(checks: Check[], basePath: string): ValidationError[] {
  const problems: ValidationError[] = [];
  const seen = new Set<string>();
  checks.forEach((check, index) => {
    const path = `${basePath}/${index}`;
    if (seen.has(check.id))
      problems.push({ path: `${path}/id`, message: `duplicate check id "${check.id}"` });
    seen.add(check.id);
    problems.push(...kindProblems(check, path));
  });
  return problems;
}

/** Validates a list of checks (what a teacher saves). */
export function validateChecks(checks: unknown): ValidationResult {
  const errors = schemaErrors(checksValidator, checks);
  if (errors.length === 0) errors.push(...semanticProblems(checks as Check[], ''));
  return { ok: errors.length === 0, errors };
}

/** Validates a whole exercise file (exercises/<slug>/exercise.yaml once parsed). */
export function validateExerciseFile(exercise: unknown): ValidationResult {
  const errors = schemaErrors(exerciseValidator, exercise);
  if (errors.length === 0) {
    const data = exercise as { entry: string; checks: Check[] };
    errors.push(...semanticProblems(data.checks, '/checks'));
    data.checks.forEach((check, index) => {
      if ((check.kind === 'result' || check.kind === 'test') && data.entry !== 'module') {
        errors.push({ path: `/checks/${index}/kind`, message: `${check.kind} checks need entry: module` });
      }
    });
  }
  return { ok: errors.length === 0, errors };
}
