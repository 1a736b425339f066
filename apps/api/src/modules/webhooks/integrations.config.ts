import { ConfigError, type AppConfig } from '@loopgrade/config';
import {
  DEFAULT_DISABLE_AFTER_MS,
  DEFAULT_PLATFORM_KEY_SET_OPTIONS,
  DEFAULT_RETRY_SCHEDULE_MS,
  DEFAULT_ROTATION_POLICY,
  parseDuration,
  parseRetrySchedule,
  type PlatformKeySetOptions,
  type RotationPolicy,
} from '@loopgrade/integrations';

/**
 * Settings of the webhook and LTI integrations, validated once at boot like the rest of the
 * environment. Tests shrink the schedules to milliseconds through the same variables.
 */
export interface IntegrationsConfig {
  /** Public origin of loopgrade: LTI redirect URIs, target links and the tool JWKS live under it. */
  publicUrl: string;
  /** 32-byte key sealing webhook secrets and tool private keys; unset: a key file in DATA_DIR. */
  encryptionKey?: string;
  dataDir: string;
  webhookAllowPrivate: boolean;
  webhookRetryScheduleMs: number[];
  webhookTimeoutMs: number;
  webhookDisableAfterMs: number;
  webhookSecretRotationGraceMs: number;
  /** Messages (with their deliveries and attempts) older than this are deleted. */
  webhookRetentionMs: number;
  /** How often overdue deliveries and grade syncs whose job was lost are re-queued. */
  integrationsSweepIntervalMs: number;
  ltiServiceTimeoutMs: number;
  ltiPlatformKeySets: PlatformKeySetOptions;
  ltiKeyRotation: RotationPolicy;
}

export const INTEGRATIONS_CONFIG = Symbol('INTEGRATIONS_CONFIG');

/** Each variable: its parser and default. Bad values are reported together, one line each. */
export function parseIntegrationsConfig(env: NodeJS.ProcessEnv, app: AppConfig): IntegrationsConfig {
  const problems: string[] = [];
  const read = <T>(name: string, parse: (raw: string) => T, fallback: T): T => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    try {
      return parse(raw);
    } catch (error) {
      problems.push(`${name} ${(error as Error).message}`);
      return fallback;
    }
  };
  const encryptionKey = read(
    'INTEGRATIONS_ENCRYPTION_KEY',
    (raw) => {
      const bytes = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
      if (bytes.length !== 32) throw new Error('must be 32 bytes, base64 or hex');
      return raw;
    },
    undefined as string | undefined,
  );
  const config: IntegrationsConfig = {
    publicUrl: app.PUBLIC_URL.replace(/\/+$/, ''),
    encryptionKey,
    dataDir: app.DATA_DIR,
    webhookAllowPrivate: app.WEBHOOK_ALLOW_PRIVATE,
    webhookRetryScheduleMs: read('WEBHOOK_RETRY_SCHEDULE', parseRetrySchedule, [
      ...DEFAULT_RETRY_SCHEDULE_MS,
    ]),
    webhookTimeoutMs: read('WEBHOOK_TIMEOUT', parseDuration, 15_000),
    webhookDisableAfterMs: read('WEBHOOK_DISABLE_AFTER', parseDuration, DEFAULT_DISABLE_AFTER_MS),
    webhookSecretRotationGraceMs: read('WEBHOOK_SECRET_ROTATION_GRACE', parseDuration, 86_400_000),
    webhookRetentionMs: read('WEBHOOK_RETENTION', parseDuration, 30 * 86_400_000),
    integrationsSweepIntervalMs: read('INTEGRATIONS_SWEEP_INTERVAL', parseDuration, 30_000),
    ltiServiceTimeoutMs: read('LTI_SERVICE_TIMEOUT', parseDuration, 15_000),
    ltiPlatformKeySets: {
      ...DEFAULT_PLATFORM_KEY_SET_OPTIONS,
      cooldownMs: read(
        'LTI_JWKS_REFETCH_COOLDOWN',
        parseDuration,
        DEFAULT_PLATFORM_KEY_SET_OPTIONS.cooldownMs,
      ),
    },
    ltiKeyRotation: {
      publishLeadMs: read('LTI_KEY_PUBLISH_LEAD', parseDuration, DEFAULT_ROTATION_POLICY.publishLeadMs),
      retiredGraceMs: read('LTI_KEY_RETIRED_GRACE', parseDuration, DEFAULT_ROTATION_POLICY.retiredGraceMs),
    },
  };
  if (problems.length) throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  return config;
}
