import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseDriver, SqlSession } from '../drivers/database-driver.interface';

/** The key `prisma migrate` locks with, so our runner and Prisma's exclude each other too. */
export const PRISMA_ADVISORY_LOCK_KEY = 72707369;

/** Prisma's own DDL for its bookkeeping table (schema-engine sql-schema-connector, postgres flavour). */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {}

export function readMigrations(migrationsDir: string): MigrationFile[] {
  const lock = join(migrationsDir, 'migration_lock.toml');
  if (!existsSync(lock) || !/provider\s*=\s*"postgresql"/.test(readFileSync(lock, 'utf8'))) {
    throw new MigrationError(`${lock} must declare provider = "postgresql"`);
  }
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(migrationsDir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(migrationsDir, name, 'migration.sql'));
      return {
        name,
        sql: bytes.toString('utf8'),
        checksum: createHash('sha256').update(bytes).digest('hex'),
      };
    });
}

/**
 * Applies pending migrations the way `prisma migrate deploy` does, under Prisma's advisory lock,
 * and records them in `_prisma_migrations` with the same columns and values.
 * Returns the names it applied.
 */
export async function migrate(driver: DatabaseDriver, migrationsDir: string): Promise<string[]> {
  const migrations = readMigrations(migrationsDir);
  // PGlite has one session, in which the advisory lock is re-entrant: serialise callers in-process too.
  const previous = inProcessLocks.get(driver) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => migrateLocked(driver, migrations));
  inProcessLocks.set(driver, run);
  return run;
}

const inProcessLocks = new WeakMap<DatabaseDriver, Promise<unknown>>();

async function migrateLocked(driver: DatabaseDriver, migrations: MigrationFile[]): Promise<string[]> {
  return driver.withSession(async (session) => {
    await session.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK_KEY]);
    try {
      return await applyPending(session, migrations);
    } finally {
      await session.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK_KEY]);
    }
  });
}

async function applyPending(session: SqlSession, migrations: MigrationFile[]): Promise<string[]> {
  const [{ exists }] = await session.query<{ exists: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`,
  );
  if (!exists) {
    const [{ count }] = await session.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = current_schema()`,
    );
    if (count > 0) {
      throw new MigrationError(
        'P3005: the database schema is not empty and has no migration history; baseline it first',
      );
    }
    await session.exec(CREATE_MIGRATIONS_TABLE);
  }

  const failed = await session.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NULL AND rolled_back_at IS NULL`,
  );
  if (failed.length) {
    throw new MigrationError(
      `P3009: failed migrations in the target database: ${failed.map((row) => row.migration_name).join(', ')}`,
    );
  }

  const applied = new Set(
    (
      await session.query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
      )
    ).map((row) => row.migration_name),
  );

  const appliedNow: string[] = [];
  for (const migration of migrations.filter((m) => !applied.has(m.name))) {
    const id = randomUUID();
    await session.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, started_at, applied_steps_count)
       VALUES ($1, $2, $3, NULL, now(), 0)`,
      [id, migration.checksum, migration.name],
    );
    try {
      await session.exec(migration.sql);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await session.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, message]);
      throw new MigrationError(`Migration ${migration.name} failed: ${message}`);
    }
    await session.query(
      `UPDATE "_prisma_migrations" SET applied_steps_count = applied_steps_count + 1 WHERE id = $1`,
      [id],
    );
    await session.query(`UPDATE "_prisma_migrations" SET finished_at = now() WHERE id = $1`, [id]);
    appliedNow.push(migration.name);
  }
  return appliedNow;
}
