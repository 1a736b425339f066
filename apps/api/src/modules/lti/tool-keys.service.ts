import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import {
  activeKey,
  importSigningKey,
  planRotation,
  publishedJwks,
  SecretBox,
  type Clock,
  type SigningKey,
} from '@loopgrade/integrations';
import type { JWK } from 'jose';
import { INTEGRATIONS_CONFIG, type IntegrationsConfig } from '../webhooks/integrations.config';
import { INTEGRATIONS_CLOCK } from '../webhooks/integrations.providers';
import { ToolKeysRepository } from './tool-keys.repository';

/**
 * loopgrade's own LTI keys: an active key exists from the first boot; rotation publishes a `next`
 * key first and promotes it once platform caches have had time to learn it.
 */
@Injectable()
export class ToolKeysService implements OnApplicationBootstrap {
  private readonly logger = new Logger('ToolKeys');
  private signing?: SigningKey;

  constructor(
    private readonly keys: ToolKeysRepository,
    private readonly box: SecretBox,
    @Inject(INTEGRATIONS_CONFIG) private readonly config: IntegrationsConfig,
    @Inject(INTEGRATIONS_CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const keys = await this.keys.all(this.box);
    if (!activeKey(keys)) await this.step(false);
  }

  async jwks(): Promise<{ keys: JWK[] }> {
    return publishedJwks(await this.keys.all(this.box), this.clock.now(), this.config.ltiKeyRotation);
  }

  /** One rotation step (publish next / promote / drop); `immediate` after a key compromise. */
  async rotate(immediate: boolean): Promise<{ keys: JWK[] }> {
    await this.step(immediate);
    return this.jwks();
  }

  /** The active key, imported once per kid. */
  async signingKey(): Promise<SigningKey> {
    const active = activeKey(await this.keys.all(this.box));
    if (!active) throw new Error('No active LTI tool key');
    if (this.signing?.kid !== active.kid) this.signing = { kid: active.kid, key: importSigningKey(active) };
    return this.signing;
  }

  private async step(immediate: boolean): Promise<void> {
    const now = this.clock.now();
    const step = await planRotation(await this.keys.all(this.box), now, this.config.ltiKeyRotation, {
      immediate,
    });
    try {
      await this.keys.apply(step, now, this.box);
    } catch (error) {
      // Another instance rotated at the same moment; its result stands.
      this.logger.warn({ err: error }, 'tool key rotation lost a race');
    }
  }
}
