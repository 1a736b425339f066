import type { AppConfig } from '@loopgrade/config';
import {
  DEFAULT_PLATFORM_KEY_SET_OPTIONS,
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

/** The integrations' view of the validated environment (ENV_SCHEMA holds the parsers and defaults). */
export function integrationsConfig(app: AppConfig): IntegrationsConfig {
  return {
    publicUrl: app.PUBLIC_URL.replace(/\/+$/, ''),
    encryptionKey: app.INTEGRATIONS_ENCRYPTION_KEY,
    dataDir: app.DATA_DIR,
    webhookAllowPrivate: app.WEBHOOK_ALLOW_PRIVATE,
    webhookRetryScheduleMs: app.WEBHOOK_RETRY_SCHEDULE,
    webhookTimeoutMs: app.WEBHOOK_TIMEOUT,
    webhookDisableAfterMs: app.WEBHOOK_DISABLE_AFTER,
    webhookSecretRotationGraceMs: app.WEBHOOK_SECRET_ROTATION_GRACE,
    webhookRetentionMs: app.WEBHOOK_RETENTION,
    integrationsSweepIntervalMs: app.INTEGRATIONS_SWEEP_INTERVAL,
    ltiServiceTimeoutMs: app.LTI_SERVICE_TIMEOUT,
    ltiPlatformKeySets: { ...DEFAULT_PLATFORM_KEY_SET_OPTIONS, cooldownMs: app.LTI_JWKS_REFETCH_COOLDOWN },
    ltiKeyRotation: { publishLeadMs: app.LTI_KEY_PUBLISH_LEAD, retiredGraceMs: app.LTI_KEY_RETIRED_GRACE },
  };
}
