import 'reflect-metadata';
import { ConfigError, parseEnv } from '@loopgrade/config';

async function main(): Promise<void> {
  // Validate before anything else starts, so a bad value is one clear line, not a stack trace.
  const config = parseEnv(process.env);
  const { createApp } = await import('./create-app');
  const app = await createApp();
  await app.listen(config.PORT, config.HOST);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
