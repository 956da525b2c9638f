import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import type { Knex } from 'knex';
import { REPO_ROOT } from './config/config';
import { errorHandler, notFoundHandler } from './http/error-handler';
import { ResponseCache } from './http/response-cache';
import { type AnyRouteDef, mountRoute } from './http/route';
import { ImportJobs } from './imports/jobs';
import { dashboardRoutes } from './routes/api/dashboard/routes';
import { docsRouter } from './routes/api/docs/routes';
import { importRoutes } from './routes/api/imports/routes';
import { indicatorRoutes } from './routes/api/indicators/routes';
import { observationRoutes } from './routes/api/observations/routes';
import { planRoutes } from './routes/api/plans/routes';
import { territoryRoutes } from './routes/api/territories/routes';

/** The public reads; the import routes are built per app, around its job runner. */
export const API_ROUTES: AnyRouteDef[] = [
  ...planRoutes,
  ...dashboardRoutes,
  ...indicatorRoutes,
  ...observationRoutes,
  ...territoryRoutes,
];

export type AppOptions = {
  db: Knex;
  publicCacheSeconds?: number;
  cacheRevalidateMs?: number;
  /** Keep public responses in the process until the data changes (default true). */
  responseCache?: boolean;
  /** Built client to serve at /, with index.html for client-side routes. */
  clientDist?: string;
  log?: (msg: string, err?: unknown) => void;
  /** Bearer token of the imports (writes); unset, they answer 403. */
  adminToken?: string;
  /** Folder of uploaded files (default data/uploads in the repository). */
  uploadDir?: string;
  /** Largest upload (default 1 GiB). */
  maxUploadBytes?: number;
};

export type App = Express & { locals: { cache: ResponseCache; importJobs: ImportJobs } };

export function createApp(opts: AppOptions): App {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');
  app.set('query parser', 'simple');
  const cache = new ResponseCache(opts.db, opts.cacheRevalidateMs ?? 1000);
  app.locals.cache = cache;
  const log = opts.log ?? ((msg, err) => console.error(msg, err));

  app.use((_req, res, next) => {
    res.set({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'SAMEORIGIN',
    });
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await opts.db.raw('select 1');
      res.set('Cache-Control', 'no-store').json({ status: 'ok', database: 'ok' });
    } catch {
      res.status(503).set('Cache-Control', 'no-store').type('application/problem+json').send(
        JSON.stringify({ type: 'about:blank', title: 'Database non raggiungibile / Database unavailable', status: 503 }),
      );
    }
  });

  const uploadDir = opts.uploadDir ?? path.join(REPO_ROOT, 'data', 'uploads');
  const onDataChanged = () => cache.invalidate();
  const importJobs = new ImportJobs(opts.db, { uploadDir, onDataChanged, log });
  app.locals.importJobs = importJobs;
  const routes = [
    ...API_ROUTES,
    ...importRoutes({ jobs: importJobs, uploads: { dir: uploadDir, maxBytes: opts.maxUploadBytes ?? 1024 ** 3 }, onDataChanged }),
  ];

  const api = express.Router();
  const deps = {
    db: opts.db,
    cache: opts.responseCache === false ? null : cache,
    publicCacheSeconds: opts.publicCacheSeconds ?? 60,
    adminToken: opts.adminToken,
  };
  for (const def of routes) mountRoute(api, def, deps);
  app.use(api);
  app.use(docsRouter(routes, '0.1.0'));
  app.use('/api', notFoundHandler);

  if (opts.clientDist && fs.existsSync(path.join(opts.clientDist, 'index.html'))) {
    const dist = opts.clientDist;
    app.use(
      '/assets',
      express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
    );
    app.use(express.static(dist, { index: false, maxAge: '5m' }));
    const indexHtml = fs.readFileSync(path.join(dist, 'index.html'));
    app.get('/{*splat}', (_req, res) => {
      res.set('Cache-Control', 'no-cache').type('html').send(indexHtml);
    });
  }
  app.use(notFoundHandler);
  app.use(errorHandler(log));
  return app as App;
}
