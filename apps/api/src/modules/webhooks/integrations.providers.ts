import { Logger, type Provider } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '@loopgrade/config';
import { SecretBox, systemClock, type Clock } from '@loopgrade/integrations';
import { INTEGRATIONS_CONFIG, integrationsConfig, type IntegrationsConfig } from './integrations.config';

export const INTEGRATIONS_CLOCK = Symbol('INTEGRATIONS_CLOCK');

/**
 * Without INTEGRATIONS_ENCRYPTION_KEY a key is generated once into DATA_DIR, so a single-process
 * install works out of the box; several processes must share the variable instead.
 */
function loadSecretBox(config: IntegrationsConfig): SecretBox {
  if (config.encryptionKey) return SecretBox.fromEncodedKey(config.encryptionKey);
  const file = join(config.dataDir, 'integrations.key');
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
      new Logger('Integrations').warn(`INTEGRATIONS_ENCRYPTION_KEY is not set: generated ${file}`);
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return SecretBox.fromEncodedKey(readFileSync(file, 'utf8').trim());
}

export const INTEGRATIONS_PROVIDERS: Provider[] = [
  {
    provide: INTEGRATIONS_CONFIG,
    inject: [APP_CONFIG],
    useFactory: (app: AppConfig) => integrationsConfig(app),
  },
  { provide: SecretBox, inject: [INTEGRATIONS_CONFIG], useFactory: loadSecretBox },
  { provide: INTEGRATIONS_CLOCK, useValue: systemClock satisfies Clock },
];

/** The tokens of the providers above, for `exports`. */
export const INTEGRATIONS_TOKENS = [INTEGRATIONS_CONFIG, SecretBox, INTEGRATIONS_CLOCK];
