import { join } from 'node:path';
import type { DatabaseDriver } from './database-driver.interface';
import { PgliteDriver } from './pglite.driver';
import { PostgresDriver } from './postgres.driver';

export interface DatabaseLocation {
  databaseUrl?: string;
  dataDir: string;
}

export function createDatabaseDriver({ databaseUrl, dataDir }: DatabaseLocation): DatabaseDriver {
  return databaseUrl ? new PostgresDriver(databaseUrl) : new PgliteDriver(join(dataDir, 'pglite'));
}
