import { Global, Module } from '@nestjs/common';
import { AppConfig, parseEnv } from './env.schema';

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Validated once per process; injected as `@Inject(APP_CONFIG) config: AppConfig`. */
@Global()
@Module({
  providers: [{ provide: APP_CONFIG, useFactory: (): AppConfig => parseEnv(process.env) }],
  exports: [APP_CONFIG],
})
export class ConfigModule {}
