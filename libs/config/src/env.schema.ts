import { cpus } from 'node:os';
import { parseDuration } from '@loopgrade/integrations/common/durations';
import { DEFAULT_DISABLE_AFTER_MS } from '@loopgrade/integrations/webhooks/attempt-verdict';
import {
  DEFAULT_RETRY_SCHEDULE_MS,
  parseRetrySchedule,
} from '@loopgrade/integrations/webhooks/retry-schedule';

/**
 * Every environment variable the platform reads, with its parser. Both apps validate the whole
 * environment once at boot, so a bad value stops the process before it serves or consumes anything.
 */
type Parser<T> = (raw: string) => T;

interface VariableSpec<T> {
  description: string;
  default?: T;
  parse: Parser<T>;
  secret?: boolean;
}

class InvalidValue extends Error {}

const integer =
  (min: number, max: number): Parser<number> =>
  (raw) => {
    if (!/^\d+$/.test(raw)) throw new InvalidValue(`must be a whole number, got "${raw}"`);
    const value = Number(raw);
    if (value < min || value > max) throw new InvalidValue(`must be between ${min} and ${max}, got ${value}`);
    return value;
  };

const boolean: Parser<boolean> = (raw) => {
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new InvalidValue(`must be true or false, got "${raw}"`);
};

const url =
  (protocols: string[]): Parser<string> =>
  (raw) => {
    let parsed: URL;
    try {
      parsed = new URL(raw);
    } catch {
      throw new InvalidValue('must be a URL');
    }
    if (!protocols.includes(parsed.protocol)) {
      throw new InvalidValue(`must use ${protocols.join(' or ')}, got ${parsed.protocol}`);
    }
    return raw;
  };

const oneOf =
  <T extends string>(values: readonly T[]): Parser<T> =>
  (raw) => {
    if (!values.includes(raw as T))
      throw new InvalidValue(`must be one of ${values.join(', ')}, got "${raw}"`);
    return raw as T;
  };

const text: Parser<string> = (raw) => raw;

const adminToken: Parser<string> = (raw) => {
  if (raw.length < 32) throw new InvalidValue(`must be at least 32 characters, got ${raw.length}`);
  return raw;
};

const email: Parser<string> = (raw) => {
  if (!/^[^\s@]+@[^\s@]+$/.test(raw)) throw new InvalidValue(`must be an email address, got "${raw}"`);
  return raw.toLowerCase();
};

/** Adapts a parser that throws plain errors (the integrations' duration syntax: 500ms, 5s, 30m, 2h, 3d). */
const reporting =
  <T>(parse: (raw: string) => T): Parser<T> =>
  (raw) => {
    try {
      return parse(raw);
    } catch (error) {
      throw new InvalidValue(error instanceof Error ? error.message : String(error));
    }
  };
const duration = reporting(parseDuration);

const encryptionKey: Parser<string> = (raw) => {
  const bytes = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (bytes.length !== 32) throw new InvalidValue('must be 32 bytes, base64 or hex');
  return raw;
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const ENV_SCHEMA = {
  DATABASE_URL: {
    description: 'PostgreSQL connection string. Unset: an embedded PGlite database in DATA_DIR.',
    parse: url(['postgres:', 'postgresql:']),
    secret: true,
  } as VariableSpec<string>,
  REDIS_URL: {
    description: 'Redis for the BullMQ queues. Unset: jobs run inline in the API process.',
    parse: url(['redis:', 'rediss:']),
    secret: true,
  } as VariableSpec<string>,
  QUEUE_PREFIX: {
    description: 'Prefix of the BullMQ keys in Redis (several installations can share one Redis).',
    default: 'loopgrade',
    parse: (raw: string) => {
      if (!/^[A-Za-z0-9_-]{1,50}$/.test(raw)) throw new InvalidValue('must be 1-50 letters, digits, - or _');
      return raw;
    },
  },
  DATA_DIR: { description: 'Folder of the embedded database.', default: '.data', parse: text },
  PORT: { description: 'HTTP port of the API.', default: 3000, parse: integer(1, 65535) },
  HOST: { description: 'Interface the API listens on.', default: '0.0.0.0', parse: text },
  LOG_LEVEL: { description: 'pino log level.', default: 'info', parse: oneOf(LOG_LEVELS) },
  PUBLIC_URL: {
    description: 'Public base URL of the API (links, LTI and webhook payloads).',
    default: 'http://localhost:3000',
    parse: url(['http:', 'https:']),
  },
  LOOPGRADE_ADMIN_TOKEN: {
    description: 'API token of the first admin (>= 32 characters). Unset: a random token printed once.',
    parse: adminToken,
    secret: true,
  } as VariableSpec<string>,
  LOOPGRADE_ADMIN_EMAIL: {
    description: 'Email of the first admin.',
    default: 'admin@loopgrade.local',
    parse: email,
  },
  EXERCISES_DIR: { description: 'Catalog folder loaded at boot.', default: 'exercises', parse: text },
  LOAD_EXERCISES: {
    description: 'Load the catalog into the database at boot.',
    default: true,
    parse: boolean,
  },
  SANDBOX_POOL_SIZE: {
    description: 'Sandbox child processes per grading process.',
    default: Math.max(1, cpus().length),
    parse: integer(1, 256),
  },
  WORKER_CONCURRENCY: {
    // A grading job mostly waits on its sandbox child and the database, so twice the pool keeps both busy.
    description: 'Grading jobs one worker process runs at once.',
    default: 2 * Math.max(1, cpus().length),
    parse: integer(1, 256),
  },
  SUBMISSION_RATE_PER_MINUTE: {
    description: 'Submissions and runs a user may make per minute.',
    default: 60,
    parse: integer(1, 100000),
  },
  GRADING_MAX_ATTEMPTS: {
    description: 'Times a submission may kill its worker before it ends as error.',
    default: 3,
    parse: integer(1, 20),
  },
  RECONCILE_INTERVAL_MS: {
    description: 'How often queued or running submissions without a live job are re-enqueued.',
    default: 30000,
    parse: integer(100, 3600000),
  },
  STALE_JOB_MS: {
    description: 'A running submission untouched this long is considered abandoned by its worker.',
    default: 120000,
    parse: integer(1000, 86400000),
  },
  JOB_LOCK_MS: {
    description:
      'BullMQ job lock: a worker that stops renewing it for this long is presumed dead and its job re-queued.',
    default: 30000,
    parse: integer(1000, 600000),
  },
  WEBHOOK_ALLOW_PRIVATE: {
    description: 'Allow webhook targets on private, loopback and link-local addresses.',
    default: false,
    parse: boolean,
  },
  INTEGRATIONS_ENCRYPTION_KEY: {
    description:
      'Key sealing webhook secrets and LTI private keys (32 bytes, base64 or hex). Unset: a key file in DATA_DIR.',
    parse: encryptionKey,
    secret: true,
  } as VariableSpec<string>,
  WEBHOOK_RETRY_SCHEDULE: {
    description: 'Delays of the webhook delivery attempts, comma-separated durations (about 3 days in all).',
    default: [...DEFAULT_RETRY_SCHEDULE_MS],
    parse: reporting(parseRetrySchedule),
  },
  WEBHOOK_TIMEOUT: { description: 'Timeout of one webhook delivery.', default: 15_000, parse: duration },
  WEBHOOK_DISABLE_AFTER: {
    description: 'An endpoint failing for this long is disabled.',
    default: DEFAULT_DISABLE_AFTER_MS,
    parse: duration,
  },
  WEBHOOK_SECRET_ROTATION_GRACE: {
    description: 'How long the previous webhook secret still signs after a rotation.',
    default: 86_400_000,
    parse: duration,
  },
  WEBHOOK_RETENTION: {
    description: 'Webhook messages and their delivery log are kept this long.',
    default: 30 * 86_400_000,
    parse: duration,
  },
  INTEGRATIONS_SWEEP_INTERVAL: {
    description: 'How often lost webhook deliveries and grade syncs are re-queued.',
    default: 30_000,
    parse: duration,
  },
  LTI_SERVICE_TIMEOUT: {
    description: 'Timeout of calls to an LMS (tokens, line items, scores).',
    default: 15_000,
    parse: duration,
  },
  LTI_JWKS_REFETCH_COOLDOWN: {
    description: 'Least time between two fetches of a platform JWKS for an unknown kid.',
    default: 30_000,
    parse: duration,
  },
  LTI_KEY_PUBLISH_LEAD: {
    description: 'A new tool key is published this long before it signs.',
    default: 86_400_000,
    parse: duration,
  },
  LTI_KEY_RETIRED_GRACE: {
    description: 'A retired tool key stays in the JWKS this long.',
    default: 7 * 86_400_000,
    parse: duration,
  },
} satisfies Record<string, VariableSpec<unknown>>;

type Schema = typeof ENV_SCHEMA;
export type AppConfig = {
  [K in keyof Schema]: Schema[K] extends { default: infer D }
    ? D
    : ReturnType<Schema[K]['parse']> | undefined;
};

export class ConfigError extends Error {}

/** Parses the whole environment; throws one ConfigError whose message has one line per bad variable. */
export function parseEnv(env: NodeJS.ProcessEnv): AppConfig {
  const config: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(ENV_SCHEMA) as Array<[string, VariableSpec<unknown>]>) {
    const raw = env[name];
    if (raw === undefined || raw === '') {
      config[name] = spec.default;
      continue;
    }
    try {
      config[name] = spec.parse(raw);
    } catch (error) {
      if (!(error instanceof InvalidValue)) throw error;
      problems.push(`${name} ${error.message}`);
    }
  }
  if (problems.length) throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  return config as AppConfig;
}
