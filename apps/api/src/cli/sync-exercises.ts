/** `npm run exercises:sync [DIR]`: loads the catalog into the configured database and prints what changed. */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, ConfigError, parseEnv } from '@loopgrade/config';
import { DatabaseModule } from '@loopgrade/database';
import { AdminBootstrap } from '../modules/bootstrap/admin-bootstrap.service';
import { CatalogSync } from '../modules/catalog/catalog-sync.service';

@Module({ imports: [ConfigModule, DatabaseModule], providers: [AdminBootstrap, CatalogSync] })
class SyncModule {}

async function main(): Promise<void> {
  const config = parseEnv(process.env);
  const app = await NestFactory.createApplicationContext(SyncModule, { logger: ['error', 'warn'] });
  try {
    const admin = await app.get(AdminBootstrap).ensureAdmin();
    const report = await app.get(CatalogSync).sync(process.argv[2] ?? config.EXERCISES_DIR, admin.id);
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
