import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createTestDatabase, TestDatabase, USING_REDIS } from './test-database';

export const ADMIN_TOKEN = `lg_test_admin_${'x'.repeat(40)}`;

export interface TestUser {
  id: string;
  email: string;
  role: 'admin' | 'teacher' | 'student';
  token: string;
}

export interface TestApp {
  app: INestApplication;
  http: TestAgent;
  admin: TestUser;
  /**
   * A provider of whichever process owns it: the API, or (on Redis) the worker context, where job
   * handlers and sweepers live.
   */
  resolve<T>(type: abstract new (...args: never[]) => T): T;
  /** Creates a user through the API (as admin) and issues a token for it. */
  createUser(
    role: TestUser['role'],
    overrides?: { createdBy?: TestUser; password?: string },
  ): Promise<TestUser>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Load the catalog at boot (slow-ish); off by default. */
  loadExercises?: boolean;
  /** With Redis, also start the worker module in this process so submissions get graded. Default true. */
  worker?: boolean;
  env?: Record<string, string>;
}

/**
 * The real application on a fresh database, exactly as `npm start` builds it (and, on Redis, a real
 * BullMQ worker context beside it). Environment must be set before the app's modules are imported,
 * so they are imported dynamically here.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase();
  Object.assign(process.env, {
    ...database.env,
    LOOPGRADE_ADMIN_TOKEN: ADMIN_TOKEN,
    LOAD_EXERCISES: options.loadExercises ? 'true' : 'false',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    QUEUE_PREFIX: `lgtest${randomBytes(4).toString('hex')}`,
    RECONCILE_INTERVAL_MS: '1000',
    ...options.env,
  });
  const { createApp } = await import('../../apps/api/src/create-app');
  const app = await createApp({ logs: false });
  let worker: INestApplicationContext | undefined;
  if (USING_REDIS && options.worker !== false) {
    const { NestFactory } = await import('@nestjs/core');
    const { WorkerModule } = await import('../../apps/worker/src/worker.module');
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.init();
  }
  const http = request(app.getHttpServer());
  const me = await http.get('/v1/me').set('Authorization', `Bearer ${ADMIN_TOKEN}`).expect(200);
  const admin: TestUser = { id: me.body.id, email: me.body.email, role: 'admin', token: ADMIN_TOKEN };
  let counter = 0;

  return {
    app,
    http,
    admin,
    resolve<T>(type: abstract new (...args: never[]) => T): T {
      try {
        return app.get(type, { strict: false });
      } catch (error) {
        if (!worker) throw error;
        return worker.get(type, { strict: false });
      }
    },
    async createUser(role, overrides = {}) {
      const creator = overrides.createdBy ?? admin;
      const email = `${role}${++counter}-${randomBytes(3).toString('hex')}@example.test`;
      const created = await http
        .post('/v1/users')
        .set('Authorization', `Bearer ${creator.token}`)
        .send({
          email,
          name: `${role} ${counter}`,
          role,
          ...(overrides.password ? { password: overrides.password } : {}),
        })
        .expect(201);
      const token = await http
        .post(`/v1/users/${created.body.id}/tokens`)
        .set('Authorization', `Bearer ${admin.token}`)
        .send({ name: 'test' })
        .expect(201);
      return { id: created.body.id, email, role, token: token.body.token };
    },
    async close() {
      await worker?.close();
      await app.close();
      await database.drop();
    },
  };
}
