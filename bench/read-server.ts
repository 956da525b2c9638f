/**
 * The server process of the read benchmark (started by bench/read.ts, not meant to be run by hand).
 *
 * The real app (createApp) on the database at DATABASE_URL, plus the folder BENCH_STATIC_DIR served
 * with express.static at /bench-static/. The static mount goes into the app's own router, right
 * after its first middleware (the security headers) and before every route, so both the dashboard
 * and the static copy of its bytes are answered by the same process and the same middleware stack.
 * BENCH_NO_CACHE=1 turns the response cache off (the cold path).
 * Prints `LISTENING <port>` on stdout when ready; stops on SIGTERM/SIGINT.
 */
import express from 'express';
import { createApp } from '../server/src/app';
import { createDb } from '../server/src/db/knex';

type Layer = { name?: string; handle?: unknown };

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const staticDir = process.env.BENCH_STATIC_DIR;
  if (!url || !staticDir) throw new Error('read-server: DATABASE_URL and BENCH_STATIC_DIR are required');
  const port = Number(process.env.PORT ?? 0);
  const cacheRevalidateMs = Number(process.env.CACHE_REVALIDATE_MS ?? 1000);

  const db = await createDb({ kind: 'postgres', url });
  const app = createApp({ db, publicCacheSeconds: 60, cacheRevalidateMs, responseCache: process.env.BENCH_NO_CACHE !== '1', clientDist: '', log: (msg, err) => console.error(msg, err) });

  // Mount the static folder, then move its layer to just after the first middleware of the app.
  app.use('/bench-static', express.static(staticDir));
  const stack = (app as unknown as { router: { stack: Layer[] } }).router.stack;
  const layer = stack.pop();
  if (!layer) throw new Error('read-server: could not find the static layer');
  stack.splice(1, 0, layer);

  const server = app.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.log(`LISTENING ${actual}`);
  });
  server.keepAliveTimeout = 65_000;
  // On stop, let the requests still waiting for a database connection finish (the client has gone
  // after a load run, but their handlers are queued on the pool) before closing the pool.
  const pool = (db.client as { pool?: { numUsed(): number; numPendingAcquires(): number } }).pool;
  const stop = async () => {
    setTimeout(() => process.exit(0), 5000).unref();
    server.close();
    server.closeIdleConnections();
    const deadline = Date.now() + 4000;
    while (pool && pool.numUsed() + pool.numPendingAcquires() > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await db.destroy().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack ?? err.message : err);
  process.exit(1);
});
