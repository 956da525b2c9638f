import fs from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { type Express } from 'express';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { type AuthOptions, DEFAULT_AUTH } from './auth/options';
import { REPO_ROOT } from './config/config';
import { clientIndex } from './http/client-index';
import { errorHandler, notFoundHandler, withRequestId } from './http/error-handler';
import { ResponseCache } from './http/response-cache';
import type { OpenUploadFile } from './http/multipart';
import { createMetrics } from './http/metrics';
import { requestId, requestIdOfResponse } from './http/request-id';
import { mountRoute } from './http/route';
import type { AnyRouteDef } from './http/route-def';
import { securityHeaders } from './http/security-headers';
import { ImportJobs, type ImportJobsOptions } from './imports/jobs';
import { MailJobs } from './rounds/mail-jobs';
import type { Mailer } from './rounds/mailer';
import { roundRoutes } from './routes/api/rounds/routes';
import { SourceChecks } from './imports/source-checks';
import { importRecipeRoutes } from './routes/api/import-recipes/routes';
import { auditRoutes } from './routes/api/audit/routes';
import { officeRoutes } from './routes/api/offices/routes';
import { contextRoutes } from './routes/api/context/routes';
import { authRoutes } from './routes/api/auth/routes';
import { dashboardRoutes } from './routes/api/dashboard/routes';
import { docsRouter } from './routes/api/docs/routes';
import { figureRoutes } from './routes/api/figures/routes';
import { importRoutes } from './routes/api/imports/routes';
import { indicatorRoutes } from './routes/api/indicators/routes';
import { observationRoutes } from './routes/api/observations/routes';
import { oembedRoutes } from './routes/api/oembed/routes';
import { planImportRoutes } from './routes/api/plan-import/routes';
import { planningToolRoutes } from './routes/api/planning-tools/routes';
import { planRoutes } from './routes/api/plans/routes';
import { reportRoutes } from './routes/api/reports/routes';
import { strategyIndicatorRoutes } from './routes/api/strategy-indicators/routes';
import { territoryRoutes } from './routes/api/territories/routes';
import { actionRoutes } from './routes/api/actions/routes';
import { userRoutes } from './routes/api/users/routes';
import { siteRoutes } from './routes/api/site/routes';
import { setupRoutes } from './routes/api/setup/routes';
import { SetupCode } from './auth/setup-code';

/** The public reads and the audit log; the auth and import routes are built per app, around its options and job runner. */
export const API_ROUTES: AnyRouteDef[] = [
  ...planRoutes,
  ...dashboardRoutes,
  ...contextRoutes,
  ...indicatorRoutes,
  ...strategyIndicatorRoutes,
  ...observationRoutes,
  ...figureRoutes,
  ...territoryRoutes,
  ...actionRoutes,
  ...planningToolRoutes,
  ...auditRoutes,
  ...userRoutes,
  ...officeRoutes,
  ...reportRoutes,
  ...oembedRoutes,
];

export type AppOptions = {
  db: Knex;
  publicCacheSeconds?: number;
  cacheRevalidateMs?: number;
  /** Keep public responses in the process until the data changes (default true). */
  responseCache?: boolean;
  /** Built client to serve at /, with index.html for client-side routes. */
  clientDist?: string;
  /** Unexpected errors (default: `logger` when given, else the console). */
  log?: (msg: string, err?: unknown) => void;
  /** Structured JSON logs (pino): one line per request with its id, method, route, status and time; unset, no request log (tests). */
  logger?: Logger;
  /** Automation credential acting as an admin (Authorization: Bearer); unset, bearer tokens are refused. */
  adminToken?: string;
  /** Sessions and login limits (defaults: 8 h idle, 24 h at most, 5 failures lock for 15 min). */
  auth?: AuthOptions;
  /** Bearer token of `GET /metrics` (Prometheus); unset, /metrics answers 404. */
  metricsToken?: string;
  /** Express trust proxy (client address and HTTPS from X-Forwarded-*). */
  trustProxy?: boolean | number | string;
  /** Folder of uploaded files (default data/uploads in the repository). */
  uploadDir?: string;
  /** Largest upload (default 1 GiB). */
  maxUploadBytes?: number;
  /** Heap (MB) of the worker process an import reads its file in (default 1024). */
  importReadMemoryMb?: number;
  /** Tests: opens the file an upload is written to (default fs.createWriteStream), e.g. one failing like a full disk. */
  openUploadFile?: OpenUploadFile;
  /** Several API processes on one PostgreSQL server: how this one meets the others (see ImportJobsOptions). */
  sharedJobs?: ImportJobsOptions['shared'];
  /** The reporting rounds' e-mail (default: no mail server, reminders 7 days before, links to the admin's address). */
  mail?: {
    mailer: Mailer | null;
    reminderDays?: number;
    publicUrl?: string;
    /** How often each process looks for due e-mails (default 30 s). */
    pollMs?: number;
    maxAttempts?: number;
    backoffMs?: number;
  };
  /** The source addresses of the import recipes (defaults: 30 s per download, a check every 7 days, polled every 10 min). */
  sources?: { fetchTimeoutMs?: number; checkDays?: number; pollMs?: number };
  /** The code repository's address the footer links (SOURCE_CODE_URL); unset, none. */
  sourceCodeUrl?: string;
  /** The one-time code of the first administrator's setup (default: one that prints nothing until issued). */
  setup?: SetupCode;
  /** The time rounds and their e-mails go by (tests move it; default the system clock). */
  clock?: () => Date;
  /** Tests: answer 500 contract-drift when a route's JSON is not what its response schema describes. */
  checkResponses?: boolean;
};

/** `routes`: every API route the app mounts (the role matrix test walks them). */
export type App = Express & {
  locals: { cache: ResponseCache; importJobs: ImportJobs; mailJobs: MailJobs; sourceChecks: SourceChecks; setup: SetupCode; routes: AnyRouteDef[] };
};

export function createApp(opts: AppOptions): App {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');
  app.set('query parser', 'simple');
  if (opts.trustProxy !== undefined) app.set('trust proxy', opts.trustProxy);
  const auth = opts.auth ?? DEFAULT_AUTH;
  const cache = new ResponseCache(opts.db, opts.cacheRevalidateMs ?? 1000);
  app.locals.cache = cache;
  const logger = opts.logger;
  const log = opts.log ?? (logger ? (msg: string, err?: unknown) => logger.error({ err }, msg) : (msg: string, err?: unknown) => console.error(msg, err));

  const uploadDir = opts.uploadDir ?? path.join(REPO_ROOT, 'data', 'uploads');
  const onDataChanged = () => cache.invalidate();
  const importJobs = new ImportJobs(opts.db, { uploadDir, onDataChanged, log, shared: opts.sharedJobs ?? null, readMemoryMb: opts.importReadMemoryMb });
  app.locals.importJobs = importJobs;
  const clock = opts.clock ?? (() => new Date());
  const mail = opts.mail ?? { mailer: null };
  const mailJobs = new MailJobs(opts.db, {
    mailer: mail.mailer,
    self: () => importJobs.self(),
    log,
    clock,
    pollMs: mail.pollMs,
    maxAttempts: mail.maxAttempts,
    backoffMs: mail.backoffMs,
  });
  app.locals.mailJobs = mailJobs;
  const sources = {
    dir: uploadDir,
    timeoutMs: opts.sources?.fetchTimeoutMs ?? 30_000,
    maxBytes: opts.maxUploadBytes ?? 1024 ** 3,
    checkDays: opts.sources?.checkDays ?? 7,
    clock,
  };
  const sourceChecks = new SourceChecks(opts.db, { ...sources, log, pollMs: opts.sources?.pollMs });
  app.locals.sourceChecks = sourceChecks;
  const setup = opts.setup ?? new SetupCode();
  app.locals.setup = setup;

  // First of all: every answer, problems included, carries the request's id.
  app.use(requestId);
  const metrics = opts.metricsToken ? createMetrics({ token: opts.metricsToken, db: opts.db, cache, importJobs }) : null;
  if (metrics) app.use(metrics.observe);
  if (logger) {
    app.use(
      pinoHttp({
        logger,
        genReqId: (_req, res) => requestIdOfResponse(res as express.Response) ?? '',
        // Never log credentials: the session cookie, the CSRF token, the admin bearer.
        serializers: {
          req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url.split('?')[0] }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        },
      }),
    );
  }
  app.use(securityHeaders);
  // Without a token there is no /metrics at all: a 404 like any unknown path.
  if (metrics) app.get('/metrics', metrics.endpoint);

  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await opts.db.raw('select 1');
      res.set('Cache-Control', 'no-store').json({ status: 'ok', database: 'ok' });
    } catch {
      res.status(503).set('Cache-Control', 'no-store').type('application/problem+json').send(
        JSON.stringify(withRequestId({ type: 'about:blank', title: 'Database non raggiungibile / Database unavailable', status: 503 }, res)),
      );
    }
  });

  const uploads = { dir: uploadDir, maxBytes: opts.maxUploadBytes ?? 1024 ** 3, openFile: opts.openUploadFile };
  const importServices = { jobs: importJobs, uploadDir, onDataChanged };
  const routes = [...API_ROUTES, ...authRoutes(auth), ...setupRoutes(auth, setup), ...importRoutes(importServices), ...planImportRoutes(),
    ...importRecipeRoutes({ imports: importServices, sources }),
    ...siteRoutes({ sourceCodeUrl: opts.sourceCodeUrl }),
    ...roundRoutes({ clock, reminderDays: mail.reminderDays ?? 7, publicUrl: mail.publicUrl, mailConfigured: mail.mailer !== null, kick: () => mailJobs.kick() }),
  ];

  app.locals.routes = routes;

  const api = express.Router();
  api.use('/api', express.json({ limit: '1mb' }));
  const deps = {
    db: opts.db,
    cache: opts.responseCache === false ? null : cache,
    publicCacheSeconds: opts.publicCacheSeconds ?? 60,
    adminToken: opts.adminToken,
    sessions: auth.sessions,
    uploads,
    checkResponses: opts.checkResponses,
  };
  for (const def of routes) mountRoute(api, def, deps);
  app.use(api);
  app.use(docsRouter(routes, '0.1.0'));
  app.use('/api', notFoundHandler);

  if (opts.clientDist && fs.existsSync(path.join(opts.clientDist, 'index.html'))) {
    const dist = opts.clientDist;
    // The built client is compressed (gzip/brotli as the browser accepts); API answers are left as they are.
    const compress = compression({ threshold: 1024 });
    app.use(
      '/assets',
      compress,
      express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
    );
    app.use(compress, express.static(dist, { index: false, maxAge: '5m' }));
    app.get('/{*splat}', compress, clientIndex(fs.readFileSync(path.join(dist, 'index.html')), opts.db));
  }
  app.use(notFoundHandler);
  app.use(errorHandler(log));
  return app as App;
}
