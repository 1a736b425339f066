import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createDatabaseDriver,
  DatabaseDriver,
  findMigrationsDir,
  migrate,
  PrismaClient,
  readMigrations,
} from '@loopgrade/database';
import { createTestDatabase, TestDatabase, USING_POSTGRES } from '../support/test-database';

const ROOT = join(__dirname, '..', '..');

/** Runs `npm run db:migrate`'s entry point as its own process, as a second booting instance would. */
function migrateInChildProcess(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'libs/database/src/bin/migrate.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('migrations: applied like `prisma migrate deploy`', () => {
  let database: TestDatabase;
  let driver: DatabaseDriver;

  beforeEach(async () => {
    database = await createTestDatabase();
    driver = createDatabaseDriver({ databaseUrl: database.env.DATABASE_URL, dataDir: database.env.DATA_DIR });
  });
  afterEach(async () => {
    await driver.close();
    await database.drop();
  });

  it('records each migration in _prisma_migrations exactly as Prisma does', async () => {
    const files = readMigrations(findMigrationsDir());
    expect(await migrate(driver, findMigrationsDir())).toEqual(files.map((f) => f.name));
    const rows = await driver.withSession((s) =>
      s.query<Record<string, unknown>>('SELECT * FROM "_prisma_migrations" ORDER BY migration_name'),
    );
    expect(rows).toHaveLength(files.length);
    rows.forEach((row, index) => {
      const sql = readFileSync(join(findMigrationsDir(), files[index].name, 'migration.sql'));
      expect(row).toMatchObject({
        migration_name: files[index].name,
        // Prisma's checksum: lower-case hex SHA-256 of the file's exact bytes.
        checksum: createHash('sha256').update(sql).digest('hex'),
        logs: null,
        rolled_back_at: null,
        applied_steps_count: 1,
      });
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
    });
    // The bookkeeping table has Prisma's column types, so `prisma migrate` reads it as its own.
    const columns = await driver.withSession((s) =>
      s.query<{ column_name: string; data_type: string; is_nullable: string }>(
        `SELECT column_name, data_type, is_nullable FROM information_schema.columns
         WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
      ),
    );
    expect(columns.map((c) => [c.column_name, c.data_type, c.is_nullable])).toEqual([
      ['id', 'character varying', 'NO'],
      ['checksum', 'character varying', 'NO'],
      ['finished_at', 'timestamp with time zone', 'YES'],
      ['migration_name', 'character varying', 'NO'],
      ['logs', 'text', 'YES'],
      ['rolled_back_at', 'timestamp with time zone', 'YES'],
      ['started_at', 'timestamp with time zone', 'NO'],
      ['applied_steps_count', 'integer', 'NO'],
    ]);
    expect(await migrate(driver, findMigrationsDir())).toEqual([]);
  });

  it('refuses to run over a failed migration (P3009)', async () => {
    await migrate(driver, findMigrationsDir());
    await driver.withSession((s) =>
      s.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('x', 'y', 'zz_failed')`,
      ),
    );
    await expect(migrate(driver, findMigrationsDir())).rejects.toThrow(/P3009/);
  });

  it('two instances booting at once apply each migration exactly once', async () => {
    const names = readMigrations(findMigrationsDir()).map((f) => f.name);
    if (USING_POSTGRES) {
      // Two real processes racing on one PostgreSQL database; the advisory lock serialises them.
      await driver.close();
      const env = { DATABASE_URL: database.env.DATABASE_URL, DATA_DIR: database.env.DATA_DIR };
      const [a, b] = await Promise.all([migrateInChildProcess(env), migrateInChildProcess(env)]);
      expect([a.code, b.code]).toEqual([0, 0]);
      expect([a.output, b.output].filter((o) => o.includes('Applied'))).toHaveLength(1);
      driver = createDatabaseDriver({
        databaseUrl: database.env.DATABASE_URL,
        dataDir: database.env.DATA_DIR,
      });
    } else {
      // PGlite is one process by design; concurrent boots inside it still must not double-apply.
      const results = await Promise.all([
        migrate(driver, findMigrationsDir()),
        migrate(driver, findMigrationsDir()),
      ]);
      expect(results.flat().sort()).toEqual(names.sort());
    }
    const rows = await driver.withSession((s) =>
      s.query<{ migration_name: string }>('SELECT migration_name FROM "_prisma_migrations"'),
    );
    expect(rows.map((r) => r.migration_name).sort()).toEqual(names.sort());
  });

  it('a freshly migrated database matches schema.prisma: every model round-trips through the client', async () => {
    await migrate(driver, findMigrationsDir());
    const prisma = new PrismaClient({ adapter: driver.adapter });
    try {
      const user = await prisma.user.create({ data: { email: 'a@b.c', name: 'A', role: 'teacher' } });
      const token = await prisma.apiToken.create({ data: { userId: user.id, name: 't', tokenHash: 'h' } });
      const exercise = await prisma.exercise.create({ data: { slug: 'x', ownerId: user.id } });
      const version = await prisma.exerciseVersion.create({
        data: {
          exerciseId: exercise.id,
          version: 1,
          title: 'X',
          difficulty: 'easy',
          tags: ['a', 'b'],
          statement: 's',
          language: 'js',
          entry: 'script',
          starter: '',
          solution: '',
          limits: { cpuMs: 10 },
          services: {},
          checks: [{ id: 'c' }],
          runtime: {},
          contentHash: 'h',
          createdById: user.id,
        },
      });
      const submission = await prisma.submission.create({
        data: {
          userId: user.id,
          exerciseId: exercise.id,
          exerciseVersionId: version.id,
          code: 'c',
          language: 'js',
          idempotencyKey: 'k',
        },
      });
      await prisma.result.create({
        data: {
          submissionId: submission.id,
          score: 50.5,
          status: 'failed',
          checks: [],
          feedback: {},
          timeline: [],
          stats: {},
        },
      });

      expect((await prisma.exerciseVersion.findUniqueOrThrow({ where: { id: version.id } })).tags).toEqual([
        'a',
        'b',
      ]);
      expect((await prisma.result.findUniqueOrThrow({ where: { submissionId: submission.id } })).score).toBe(
        50.5,
      );
      await prisma.user.update({ where: { id: user.id }, data: { name: 'B' } });
      await prisma.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
      await prisma.exercise.update({ where: { id: exercise.id }, data: { published: true } });
      await prisma.submission.update({ where: { id: submission.id }, data: { status: 'graded' } });
      await expect(
        prisma.submission.create({
          data: {
            userId: user.id,
            exerciseId: exercise.id,
            exerciseVersionId: version.id,
            code: 'c',
            language: 'js',
            idempotencyKey: 'k',
          },
        }),
      ).rejects.toMatchObject({ code: 'P2002' });

      await prisma.result.delete({ where: { submissionId: submission.id } });
      await prisma.submission.delete({ where: { id: submission.id } });
      await prisma.exerciseVersion.delete({ where: { id: version.id } });
      await prisma.exercise.delete({ where: { id: exercise.id } });
      await prisma.apiToken.delete({ where: { id: token.id } });
      await prisma.user.delete({ where: { id: user.id } });
      expect(await prisma.user.count()).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });
});
