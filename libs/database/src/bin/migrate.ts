/** `npm run db:migrate`: applies pending migrations to the configured database and exits. */
import { parseEnv } from '@loopgrade/config';
import { createDatabaseDriver } from '../drivers/create-database-driver';
import { migrate } from '../migrations/migration-runner';
import { findMigrationsDir } from '../database.module';

async function main(): Promise<void> {
  const config = parseEnv(process.env);
  const driver = createDatabaseDriver({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    const applied = await migrate(driver, findMigrationsDir());
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
