/**
 * JSON Schemas (draft-07, validated with ajv) for the check language and the exercise file.
 * Keep these backward compatible: the catalog in exercises/ is written against them.
 * Rules a schema cannot express (unique ids, `before` references, regex syntax, matcher operators)
 * live in validate-checks.ts.
 */

const nonNegative = { type: 'number', minimum: 0 } as const;
const timeMs = { type: 'number', minimum: 0, maximum: 86_400_000 } as const;

const timeBoundProperties = {
  at: timeMs,
  tolerance: timeMs,
  min: timeMs,
  max: timeMs,
} as const;

export const timeBoundSchema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: timeBoundProperties,
} as const;

const stream = { enum: ['stdout', 'stderr'] } as const;

const textPatternProperties = {
  text: { type: 'string' },
  normalized: { type: 'string' },
  regex: { type: 'string', minLength: 1 },
  flags: { type: 'string', pattern: '^[imsu]*$' },
  stream,
} as const;

/** A way of matching text (that there is only one is checked in validate-checks.ts, for a clearer message). */
const oneTextMatcher = {
  anyOf: [{ required: ['text'] }, { required: ['normalized'] }, { required: ['regex'] }],
} as const;

/** A string (exact stdout line) or an object; if/else keeps error messages to the object branch. */
const expectedEventSchema = {
  if: { type: 'string' },
  else: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...textPatternProperties,
      name: { type: 'string', minLength: 1 },
      at: timeMs,
      tolerance: timeMs,
    },
    ...oneTextMatcher,
  },
} as const;

const checkBaseProperties = {
  id: { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]{0,63}$' },
  title: { type: 'string', minLength: 1, maxLength: 200 },
  weight: { ...nonNegative, maximum: 1000 },
  visibility: { enum: ['visible', 'hidden'] },
  hint: { type: 'string' },
  explain: { type: 'string' },
  schedules: { type: 'integer', minimum: 1, maximum: 50 },
} as const;

const baseRequired = ['id', 'title', 'kind'];

function checkKind(kind: string, properties: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    type: 'object',
    additionalProperties: false,
    required: baseRequired,
    properties: { ...checkBaseProperties, kind: { const: kind }, ...properties },
    ...extra,
  };
}

const outputCheck = checkKind(
  'output',
  {
    mode: { enum: ['exact', 'subsequence', 'partial'] },
    expect: { type: 'array', items: expectedEventSchema },
    before: {
      type: 'array',
      items: {
        type: 'array',
        minItems: 2,
        maxItems: 2,
        items: { anyOf: [{ type: 'integer', minimum: 0 }, { type: 'string' }] },
      },
    },
    allowExtra: { type: 'boolean' },
  },
  { required: [...baseRequired, 'mode', 'expect'] },
);

const timingCheck = checkKind(
  'timing',
  {
    total: timeBoundSchema,
    events: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          ...textPatternProperties,
          ...timeBoundProperties,
          occurrence: { enum: ['first', 'last', 'every'] },
          count: { type: 'integer', minimum: 1 },
        },
        ...oneTextMatcher,
      },
    },
  },
  { anyOf: [{ required: ['total'] }, { required: ['events'] }] },
);

const countBound = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 0 } },
} as const;

const callsCheck = checkKind(
  'calls',
  {
    service: { type: 'string', minLength: 1 },
    target: { type: 'string', minLength: 1 },
    count: { oneOf: [{ type: 'integer', minimum: 0 }, countBound] },
    maxConcurrency: { type: 'integer', minimum: 0 },
    concurrency: { type: 'integer', minimum: 0 },
    order: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    startTimes: {
      type: 'object',
      additionalProperties: false,
      properties: {
        at: { type: 'array', minItems: 1, items: timeMs },
        delays: { type: 'array', minItems: 1, items: timeMs },
        tolerance: timeMs,
      },
      oneOf: [{ required: ['at'] }, { required: ['delays'] }],
    },
    outcomes: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { enum: ['resolved', 'rejected', 'aborted', 'pending'] },
    },
  },
  {
    anyOf: ['count', 'maxConcurrency', 'concurrency', 'order', 'startTimes', 'outcomes'].map((key) => ({
      required: [key],
    })),
  },
);

const resultCheck = checkKind(
  'result',
  {
    export: { type: 'string', pattern: '^[A-Za-z_$][A-Za-z0-9_$]*$' },
    args: { type: 'array' },
    outcome: { enum: ['resolved', 'rejected'] },
    value: {},
    matches: {},
    settledAt: timeBoundSchema,
  },
  { required: [...baseRequired, 'export'], not: { required: ['value', 'matches'] } },
);

const cleanExitCheck = checkKind('clean-exit', {
  require: {
    type: 'array',
    minItems: 1,
    uniqueItems: true,
    items: { enum: ['no-pending-timers', 'no-unhandled-rejection', 'no-uncaught-error', 'exit-code-zero'] },
  },
});

const testCheck = checkKind(
  'test',
  { source: { type: 'string', minLength: 1 }, partialCredit: { type: 'boolean' } },
  { required: [...baseRequired, 'source'] },
);

export const checkSchema = {
  type: 'object',
  required: ['kind'],
  discriminator: { propertyName: 'kind' },
  oneOf: [outputCheck, timingCheck, callsCheck, resultCheck, cleanExitCheck, testCheck],
} as const;

export const checksSchema = {
  $id: 'https://loopgrade.dev/schemas/checks.json',
  type: 'array',
  minItems: 1,
  items: checkSchema,
} as const;

/** Mirrors RunLimits in the engine contract. */
export const limitsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    cpuMs: { type: 'integer', minimum: 1 },
    memoryMb: { type: 'integer', minimum: 8 },
    virtualHorizonMs: { type: 'integer', minimum: 1 },
    maxCallbacks: { type: 'integer', minimum: 1 },
    maxPendingTimers: { type: 'integer', minimum: 1 },
    maxSourceBytes: { type: 'integer', minimum: 1 },
    maxOutputBytes: { type: 'integer', minimum: 1 },
    maxOutputLines: { type: 'integer', minimum: 1 },
  },
} as const;

const routeResponseProperties = {
  latencyMs: timeMs,
  status: { type: 'integer', minimum: 100, maximum: 599 },
  body: {},
  headers: { type: 'object', additionalProperties: { type: 'string' } },
  fail: { enum: ['reject', 'hang'] },
  jitterMs: timeMs,
} as const;

/** Mirrors ServiceRoute in the engine contract. */
const serviceRouteSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['match', 'latencyMs'],
  properties: {
    method: { type: 'string', minLength: 1 },
    match: { type: 'string', minLength: 1 },
    ...routeResponseProperties,
    sequence: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['latencyMs'],
        properties: routeResponseProperties,
      },
    },
  },
} as const;

/** Mirrors ServicesSpec in the engine contract. */
export const servicesSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    fetch: { type: 'array', items: serviceRouteSchema },
    named: {
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z_$][A-Za-z0-9_$]*$' },
      additionalProperties: { type: 'array', items: serviceRouteSchema },
    },
  },
} as const;

export const exerciseSpecProperties = {
  language: { enum: ['js', 'ts'] },
  entry: { enum: ['script', 'module'] },
  moduleType: { enum: ['commonjs', 'esm'] },
  limits: limitsSchema,
  services: servicesSchema,
  blockFor: { type: 'boolean' },
  checks: checksSchema,
} as const;

/** The grading-relevant part of an exercise (what `grade` takes). */
export const exerciseSpecSchema = {
  type: 'object',
  required: ['language', 'entry', 'checks'],
  properties: exerciseSpecProperties,
} as const;

/** A whole exercises/<slug>/exercise.yaml file. */
export const exerciseSchema = {
  $id: 'https://loopgrade.dev/schemas/exercise.json',
  type: 'object',
  additionalProperties: false,
  required: [
    'slug',
    'title',
    'difficulty',
    'statement',
    'language',
    'entry',
    'starter',
    'solution',
    'checks',
  ],
  properties: {
    slug: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 },
    title: { type: 'string', minLength: 1, maxLength: 200 },
    difficulty: { enum: ['intro', 'easy', 'medium', 'hard'] },
    tags: {
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    },
    estimatedMinutes: { type: 'integer', minimum: 1, maximum: 600 },
    statement: { type: 'string', minLength: 1 },
    lesson: { type: 'string', minLength: 1, maxLength: 500 },
    starter: { type: 'string' },
    solution: { type: 'string', minLength: 1 },
    ...exerciseSpecProperties,
  },
} as const;
