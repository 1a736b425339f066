import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@loopgrade/config';
import { SandboxPool } from '@loopgrade/engine';

export const SANDBOX_POOL = Symbol('SANDBOX_POOL');

@Injectable()
class SandboxPoolLifecycle implements OnApplicationShutdown {
  constructor(@Inject(SANDBOX_POOL) private readonly pool: SandboxPool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.close();
  }
}

/** The sandbox pool of this process: supervised child processes that run student programs. */
@Global()
@Module({
  providers: [
    {
      provide: SANDBOX_POOL,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new SandboxPool({ size: config.SANDBOX_POOL_SIZE }),
    },
    SandboxPoolLifecycle,
  ],
  exports: [SANDBOX_POOL],
})
export class SandboxModule {}
