import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { type App, type AppOptions, createApp } from '../app';
import type { AuthOptions } from '../auth/options';
import { createTestDb, type TestDb } from './test-db';

export type TestApp = TestDb & { api: ReturnType<typeof request>; app: App; uploadDir: string };

export type TestAppOptions = {
  /** The automation bearer token (off by default, as on a server without ADMIN_TOKEN). */
  adminToken?: string;
  /** Session and login limits (default: the server's defaults). */
  auth?: AuthOptions;
  maxUploadBytes?: number;
  /** Opens the file an upload is written to (default fs.createWriteStream): a fault hook. */
  openUploadFile?: AppOptions['openUploadFile'];
  /** How often the response cache looks at the database (default 0: every request). */
  cacheRevalidateMs?: number;
  /** Bearer token of GET /metrics (default: unset, no /metrics). */
  metricsToken?: string;
  /** Express trust proxy, as TRUST_PROXY sets it (default: unset). */
  trustProxy?: AppOptions['trustProxy'];
  /** The reporting rounds' e-mail (default: no mail server). */
  mail?: AppOptions['mail'];
  /** The time rounds and e-mails go by (default: the system clock). */
  clock?: AppOptions['clock'];
  /** The source addresses' download timeout and check interval (default: 30 s, 7 days). */
  sources?: AppOptions['sources'];
  /** The footer's code repository address (default: unset). */
  sourceCodeUrl?: string;
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
    auth: opts.auth,
    uploadDir,
    maxUploadBytes: opts.maxUploadBytes,
    openUploadFile: opts.openUploadFile,
    trustProxy: opts.trustProxy,
    metricsToken: opts.metricsToken,
    mail: opts.mail,
    clock: opts.clock,
    sources: opts.sources,
    sourceCodeUrl: opts.sourceCodeUrl,
    // Every JSON answer of every test is checked against its route's response schema.
    checkResponses: true,
  });
  return {
    ...t,
    api: request(app),
    app,
    uploadDir,
    destroy: async () => {
      await app.locals.importJobs.idle();
      await app.locals.mailJobs.stop();
      await app.locals.sourceChecks.stop();
      await t.destroy();
      fs.rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}
