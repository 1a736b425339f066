import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * A fresh, empty database for one test file: a new PostgreSQL database when the suite runs against
 * PostgreSQL (DATABASE_URL set), else a new PGlite data folder.
 */
export interface TestDatabase {
  env: { DATABASE_URL?: string; DATA_DIR: string };
  drop(): Promise<void>;
}

/** Captured at load: test apps overwrite process.env.DATABASE_URL with their own database. */
const SERVER_URL = process.env.DATABASE_URL;
export const USING_POSTGRES = Boolean(SERVER_URL);
export const USING_REDIS = Boolean(process.env.REDIS_URL);

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'loopgrade-test-'));
  if (!USING_POSTGRES) {
    return {
      env: { DATA_DIR: dataDir },
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `loopgrade_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER_URL!);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString(), DATA_DIR: dataDir },
    drop: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
