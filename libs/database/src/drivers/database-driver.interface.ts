import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';

/** A single connection, for work that needs session state (advisory locks, multi-statement scripts). */
export interface SqlSession {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements in one call. */
  exec(sql: string): Promise<void>;
}

/** The database capability: PostgreSQL over the network, or PGlite in process. */
export interface DatabaseDriver {
  readonly kind: 'postgres' | 'pglite';
  readonly adapter: SqlDriverAdapterFactory;
  withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
