import type { Server } from 'node:http';
import type { Knex } from 'knex';
import type { ImportJobs } from './imports/jobs';
import type { MailJobs } from './rounds/mail-jobs';

export type ShutdownDeps = {
  server: Server;
  db: Knex;
  importJobs: ImportJobs;
  /** The reporting rounds' e-mails: the job running here finishes its current batch of sends. */
  mailJobs?: MailJobs;
  /** How long in-flight requests and import jobs may take to finish (SHUTDOWN_TIMEOUT_MS). */
  timeoutMs: number;
  log: (msg: string) => void;
};

const delay = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms).unref());

/**
 * Stops the process without cutting anyone off: no new connections and no new import jobs; the requests
 * already in flight and the import job running here finish (at most `timeoutMs`), then the pool is
 * closed. Connections still open at the deadline are closed; an import still running then is stopped
 * and its batch marked failed at once (on the embedded database, whose one connection the import holds,
 * at the next start). Jobs still queued stay queued, for another process or the next start.
 */
export async function shutDown(deps: ShutdownDeps): Promise<void> {
  const { server, db, importJobs } = deps;
  await importJobs.stop();
  // Takes no more mail jobs; one running here stops after its current message (the rest is sent by
  // another process or the next start, never twice).
  const mailStopped = deps.mailJobs?.stop() ?? Promise.resolve();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive connections waiting for a next request would hold close() up to their own timeout.
  server.closeIdleConnections();
  const outcome = await Promise.race([Promise.all([closed, importJobs.idle(), mailStopped]).then(() => 'done' as const), delay(deps.timeoutMs)]);
  if (outcome === 'timeout') {
    const running = importJobs.get(importJobs.runningId() ?? -1);
    deps.log(
      `Shutdown: still busy after ${deps.timeoutMs} ms${running ? ` (import batch ${running.row.id}: ${running.kind})` : ''}; closing the remaining connections.`,
    );
    server.closeAllConnections();
  }
  await Promise.race([importJobs.release().catch(() => undefined), delay(5000)]);
  await Promise.race([db.destroy(), delay(5000)]);
}
