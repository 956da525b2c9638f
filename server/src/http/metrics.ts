import crypto from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Knex } from 'knex';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ImportJobs } from '../imports/jobs';
import type { ResponseCache } from './response-cache';
import { withRequestId } from './error-handler';

/** What knex's pool (tarn) tells: on a PostgreSQL server up to 10 connections (db/knex.ts), on the embedded database one (once opened). */
type TarnPool = { numUsed(): number; numFree(): number; numPendingAcquires(): number };

function poolOf(db: Knex): TarnPool | null {
  const pool = (db.client as { pool?: Partial<TarnPool> | null }).pool;
  return pool && typeof pool.numUsed === 'function' && typeof pool.numFree === 'function' && typeof pool.numPendingAcquires === 'function'
    ? (pool as TarnPool)
    : null;
}

/**
 * The route a request matched, as declared (`/api/plans/:plan/tree`), never the raw URL: one series
 * per route, whatever the ids clients send. `mountRoute` names API routes; the app's own routes
 * (health, the client) are read from Express; nothing matched is `unmatched`.
 */
export function routePatternOf(req: Request, res: Response): string {
  const declared: unknown = res.locals.routePattern;
  if (typeof declared === 'string') return declared;
  const route = (req.route as { path?: unknown } | undefined)?.path;
  return typeof route === 'string' ? `${req.baseUrl}${route}` : 'unmatched';
}

export type Metrics = {
  /** Counts every request and its time when the answer is finished. */
  observe: (req: Request, res: Response, next: NextFunction) => void;
  /** `GET /metrics`: the Prometheus text, for the bearer of the token only. */
  endpoint: (req: Request, res: Response) => Promise<void>;
};

/** Prometheus metrics of one app, in a registry of its own (several apps may live in one process: tests). */
export function createMetrics(opts: { token: string; db: Knex; cache: ResponseCache; importJobs: ImportJobs }): Metrics {
  const register = new Registry();
  // The process's own: CPU, memory, heap, event-loop lag, open handles (prom-client's defaults).
  collectDefaultMetrics({ register });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({ name: 'psm_http_requests_total', help: 'HTTP requests answered, by method, declared route and status.', labelNames, registers: [register] });
  const duration = new Histogram({
    name: 'psm_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, declared route and status.',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [register],
  });
  const serverErrors = new Counter({ name: 'psm_http_server_errors_total', help: 'HTTP requests answered with a 5xx status, by method, declared route and status.', labelNames, registers: [register] });
  new Counter({
    name: 'psm_response_cache_lookups_total',
    help: 'Lookups of public responses in the response cache: hit (served from it) or miss (computed).',
    labelNames: ['result'] as const,
    registers: [register],
    collect() {
      this.reset();
      this.inc({ result: 'hit' }, opts.cache.stats.hits);
      this.inc({ result: 'miss' }, opts.cache.stats.misses);
    },
  });
  new Gauge({
    name: 'psm_import_jobs',
    help: 'Import jobs: running in this process, or queued for any process (all processes).',
    labelNames: ['state'] as const,
    registers: [register],
    async collect() {
      const counts = await opts.importJobs.counts().catch(() => null);
      if (!counts) return;
      this.set({ state: 'running' }, counts.running);
      this.set({ state: 'queued' }, counts.queued);
    },
  });
  new Gauge({
    name: 'psm_db_pool_connections',
    help: 'Connections of the database pool: used, free, and acquisitions pending (the embedded database has one connection).',
    labelNames: ['state'] as const,
    registers: [register],
    collect() {
      const pool = poolOf(opts.db);
      if (!pool) return;
      this.set({ state: 'used' }, pool.numUsed());
      this.set({ state: 'free' }, pool.numFree());
      this.set({ state: 'pending' }, pool.numPendingAcquires());
    },
  });

  const digest = (s: string) => crypto.createHash('sha256').update(s, 'utf8').digest();
  const expected = digest(opts.token);

  return {
    observe(req, res, next) {
      const end = duration.startTimer();
      res.on('finish', () => {
        const labels = { method: req.method, route: routePatternOf(req, res), status: String(res.statusCode) };
        requests.inc(labels);
        end(labels);
        if (res.statusCode >= 500) serverErrors.inc(labels);
      });
      next();
    },
    async endpoint(req, res) {
      const match = /^Bearer[ ]+([^\s]+)[ ]*$/i.exec(req.get('authorization') ?? '');
      // Both sides hashed first: the comparison takes the same time whatever was sent.
      if (!match || !crypto.timingSafeEqual(digest(match[1]!), expected)) {
        res
          .status(401)
          .set({ 'WWW-Authenticate': 'Bearer', 'Cache-Control': 'no-store' })
          .type('application/problem+json')
          .send(
            JSON.stringify(
              withRequestId(
                {
                  type: '/api/docs#problem-unauthorized',
                  title: 'Autenticazione richiesta / Authentication required',
                  status: 401,
                  detail: 'The metrics need Authorization: Bearer with the METRICS_TOKEN.',
                  instance: req.originalUrl,
                },
                res,
              ),
            ),
          );
        return;
      }
      res.set('Cache-Control', 'no-store').type(register.contentType).send(await register.metrics());
    },
  };
}
