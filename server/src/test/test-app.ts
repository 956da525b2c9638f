import request from 'supertest';
import { createApp } from '../app';
import { createTestDb, type TestDb } from './test-db';

export type TestApp = TestDb & { api: ReturnType<typeof request> };

/** A seeded database of the test's own and the API on top of it. */
export async function createTestApp(): Promise<TestApp> {
  const t = await createTestDb();
  const app = createApp({ db: t.db, cacheRevalidateMs: 0, log: () => undefined });
  return { ...t, api: request(app) };
}
