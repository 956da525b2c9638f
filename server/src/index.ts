import { pino } from 'pino';
import { createApp } from './app';
import { loadConfig } from './config/config';
import { createDb, dbTargetFromConfig, migrateLatest, withoutStatementLimits } from './db/knex';
import { answerClientErrors } from './http/client-error';
import type { UserRow } from './db/rows';
import { processTag } from './jobs/presence';
import { createMailer } from './rounds/mailer';
import { seedDatabase } from './seed/seed';
import { shutDown } from './shutdown';
import { removeServerLock, writeServerLock } from './db/server-lock';
import { MAX_SETUP_FAILURES, SetupCode } from './auth/setup-code';

async function main(): Promise<void> {
  const cfg = loadConfig();
  const started = Date.now();
  // The application_name of this process's connections: another process that finds it gone ends them.
  const tag = processTag();
  const target = { ...dbTargetFromConfig(cfg), ...(cfg.databaseUrl ? { applicationName: tag } : {}) };
  const db = await createDb(target);
  // Migrations and the first seed may take longer than a request may: on a server they get connections of their own, without statement limits.
  const untimed = withoutStatementLimits(target);
  const setupDb = untimed === target ? db : await createDb(untimed);
  try {
    const applied = await migrateLatest(setupDb);
    if (applied.length) console.log(`Migrations applied: ${applied.join(', ')}`);
    if (!cfg.skipSeed) {
      const seeded = await seedDatabase(setupDb);
      if (seeded.seeded) console.log('Seed data loaded into the empty database.');
    }
  } finally {
    if (setupDb !== db) await setupDb.destroy();
  }
  // One JSON line per request and per unexpected error, on stdout (LOG_LEVEL; tests run without it).
  const logger = pino({ level: cfg.logLevel });
  // The first administrator of a fresh install is created in the browser with a code printed here.
  let origin = `http://localhost:${cfg.port}`;
  const setup = new SetupCode((code) =>
    console.log(
      `No administrator yet: open ${origin}/configurazione and enter the one-time code ${code}\n` +
        `(Nessun amministratore: apri ${origin}/configurazione e inserisci il codice monouso ${code}). A new code is printed here after ${MAX_SETUP_FAILURES} wrong tries.`,
    ),
  );
  const app = createApp({
    setup,
    db,
    logger,
    publicCacheSeconds: cfg.publicCacheSeconds,
    cacheRevalidateMs: cfg.cacheRevalidateMs,
    clientDist: cfg.clientDist,
    adminToken: cfg.adminToken,
    metricsToken: cfg.metricsToken,
    auth: cfg.auth,
    trustProxy: cfg.trustProxy,
    uploadDir: cfg.uploadDir,
    maxUploadBytes: cfg.maxUploadBytes,
    sharedJobs: cfg.databaseUrl ? { url: cfg.databaseUrl, tag } : null,
    importReadMemoryMb: cfg.importReadMemoryMb,
    sources: { fetchTimeoutMs: cfg.sources.fetchTimeoutMs, checkDays: cfg.sources.checkDays },
    sourceCodeUrl: cfg.sourceCodeUrl,
    mail: { mailer: createMailer(cfg.mail.smtpUrl, cfg.mail.from), reminderDays: cfg.mail.reminderDays, publicUrl: cfg.mail.publicUrl },
  });
  // Fails the jobs that processes gone left running (on the embedded database: every job left running),
  // runs what is queued and, on a PostgreSQL server, keeps watching the other processes.
  const { failed } = await app.locals.importJobs.start();
  if (failed) console.log(`Imports interrupted by a server that stopped, marked failed: ${failed}.`);
  // The reporting rounds' e-mails: jobs due while the server was down go out now, then every 30 s.
  await app.locals.mailJobs.start();
  // The sources' scheduled check (SOURCE_CHECK_DAYS; 0: off): recipes due are checked now, then polled.
  app.locals.sourceChecks.start();
  if (!cfg.mail.smtpUrl) console.log('No SMTP_URL: reporting rounds work, but no e-mail is sent.');
  const needsAdmin = !(await db<UserRow>('users').where({ role: 'admin', active: true }).first('id'));
  const server = app.listen(cfg.port, cfg.host, () => {
    const where = cfg.databaseUrl ? 'PostgreSQL server (DATABASE_URL)' : `embedded PostgreSQL in ${cfg.pgliteDir}`;
    const address = server.address();
    const port = address && typeof address === 'object' ? address.port : cfg.port;
    // The command-line tools read this note and leave the embedded database alone while the server runs.
    if (!cfg.databaseUrl) writeServerLock(cfg.pgliteDir, { pid: process.pid, port });
    console.log(`PSM monitor on http://localhost:${port} (${where}), ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    origin = `http://localhost:${port}`;
    if (needsAdmin) setup.issue();
  });
  answerClientErrors(server);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing the requests in flight and the import jobs (at most ${cfg.shutdownTimeoutMs} ms), then stopping.`);
    void app.locals.sourceChecks.stop();
    void shutDown({ server, db, importJobs: app.locals.importJobs, mailJobs: app.locals.mailJobs, timeoutMs: cfg.shutdownTimeoutMs, log: (msg) => console.log(msg) })
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('exit', () => {
    if (!cfg.databaseUrl) removeServerLock(cfg.pgliteDir);
  });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
