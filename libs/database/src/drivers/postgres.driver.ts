import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import type { DatabaseDriver, SqlSession } from './database-driver.interface';

export class PostgresDriver implements DatabaseDriver {
  readonly kind = 'postgres';
  readonly adapter: PrismaPg;
  private readonly pool: Pool;

  constructor(connectionString: string, poolSize = 10) {
    this.pool = new Pool({ connectionString, max: poolSize });
    // An idle client that loses its server must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
    this.adapter = new PrismaPg(this.pool);
  }

  async withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      return await work({
        query: async <Row>(sql: string, params?: unknown[]) =>
          (await client.query(sql, params)).rows as Row[],
        exec: async (sql: string) => {
          await client.query(sql);
        },
      });
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
