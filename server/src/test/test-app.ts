import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { type App, createApp } from '../app';
import { createTestDb, type TestDb } from './test-db';

export type TestApp = TestDb & { api: ReturnType<typeof request>; app: App; uploadDir: string };

export type TestAppOptions = {
  /** Enables the imports (off by default, as on a server without ADMIN_TOKEN). */
  adminToken?: string;
  maxUploadBytes?: number;
  /** How often the response cache looks at the database (default 0: every request). */
  cacheRevalidateMs?: number;
};

/** A seeded database of the test's own and the API on top of it, with an upload folder of its own. */
export async function createTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const t = await createTestDb();
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-uploads-'));
  const app = createApp({
    db: t.db,
    cacheRevalidateMs: opts.cacheRevalidateMs ?? 0,
    log: () => undefined,
    adminToken: opts.adminToken,
    uploadDir,
    maxUploadBytes: opts.maxUploadBytes,
  });
  return {
    ...t,
    api: request(app),
    app,
    uploadDir,
    destroy: async () => {
      await app.locals.importJobs.idle();
      await t.destroy();
      fs.rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}
