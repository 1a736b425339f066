import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError, parseEnv } from '@loopgrade/config';

async function main(): Promise<void> {
  const config = parseEnv(process.env);
  if (!config.REDIS_URL) {
    throw new ConfigError(
      'Invalid configuration: REDIS_URL must be set for a separate worker (without it the API grades inline)',
    );
  }
  const { WorkerModule } = await import('./worker.module');
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
