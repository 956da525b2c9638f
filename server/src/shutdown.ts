import type { Server } from 'node:http';
import type { Knex } from 'knex';
import type { ImportJobs } from './imports/jobs';

export type ShutdownDeps = {
  server: Server;
  db: Knex;
  importJobs: ImportJobs;
  /** How long in-flight requests and import jobs may take to finish (SHUTDOWN_TIMEOUT_MS). */
  timeoutMs: number;
  log: (msg: string) => void;
};

const delay = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms).unref());

/**
 * Stops the process without cutting anyone off: no new connections, the requests already in flight and
 * the import jobs of this process finish (at most `timeoutMs`), then the pool is closed. Connections still
 * open at the deadline are closed; an import still running then is rolled back with its connection, and
 * the next start marks its batch failed (`failInterruptedImports`).
 */
export async function shutDown(deps: ShutdownDeps): Promise<void> {
  const { server, db, importJobs } = deps;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive connections waiting for a next request would hold close() up to their own timeout.
  server.closeIdleConnections();
  const outcome = await Promise.race([Promise.all([closed, importJobs.idle()]).then(() => 'done' as const), delay(deps.timeoutMs)]);
  if (outcome === 'timeout') {
    const { running, queued } = importJobs.counts();
    deps.log(`Shutdown: still busy after ${deps.timeoutMs} ms (import jobs running ${running}, queued ${queued}); closing the remaining connections.`);
    server.closeAllConnections();
  }
  await Promise.race([db.destroy(), delay(5000)]);
}
