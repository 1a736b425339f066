import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { DatabaseDriver, SqlSession } from './database-driver.interface';

/** Embedded PostgreSQL: one database, one connection, one process. `dataDir` undefined = in memory. */
export class PgliteDriver implements DatabaseDriver {
  readonly kind = 'pglite';
  readonly adapter: PrismaPGlite;
  private readonly db: PGlite;

  constructor(dataDir?: string) {
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    this.db = new PGlite(dataDir);
    this.adapter = new PrismaPGlite(this.db);
  }

  async withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
    return work({
      query: async <Row>(sql: string, params?: unknown[]) => (await this.db.query(sql, params)).rows as Row[],
      exec: async (sql: string) => {
        await this.db.exec(sql);
      },
    });
  }

  async close(): Promise<void> {
    if (!this.db.closed) await this.db.close();
  }
}
