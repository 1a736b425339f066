import type { Provider } from '@nestjs/common';
import { AgsClient, PlatformKeySets, ServiceTokenClient, type Clock } from '@loopgrade/integrations';
import { INTEGRATIONS_CONFIG, type IntegrationsConfig } from '../webhooks/integrations.config';
import { INTEGRATIONS_CLOCK } from '../webhooks/integrations.providers';
import { ToolKeysService } from './tool-keys.service';

/** The pure LTI clients, one per process: their caches (platform keys, service tokens) are shared. */
export const LTI_CLIENT_PROVIDERS: Provider[] = [
  {
    provide: PlatformKeySets,
    inject: [INTEGRATIONS_CONFIG],
    useFactory: (config: IntegrationsConfig) => new PlatformKeySets(config.ltiPlatformKeySets),
  },
  {
    provide: ServiceTokenClient,
    inject: [INTEGRATIONS_CONFIG, INTEGRATIONS_CLOCK, ToolKeysService],
    useFactory: (config: IntegrationsConfig, clock: Clock, keys: ToolKeysService) =>
      new ServiceTokenClient({
        clock,
        signingKey: () => keys.signingKey(),
        timeoutMs: config.ltiServiceTimeoutMs,
      }),
  },
  {
    provide: AgsClient,
    inject: [ServiceTokenClient, INTEGRATIONS_CONFIG, INTEGRATIONS_CLOCK],
    useFactory: (tokens: ServiceTokenClient, config: IntegrationsConfig, clock: Clock) =>
      new AgsClient(tokens, { clock, timeoutMs: config.ltiServiceTimeoutMs }),
  },
];
