import path from 'node:path';
import { z } from 'zod';
import type { AuthOptions } from '../auth/options';
import type { DbTimeouts } from '../db/knex';
import { loadProgressOptions, type ProgressOptions } from './progress';

/** Repository root: paths in the configuration are relative to it. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

const envSchema = z.object({
  /** PostgreSQL server connection string; without it the embedded database is used. */
  DATABASE_URL: z.string().url().optional(),
  /** PostgreSQL server: ms to open a connection before the request fails with 503. */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(0).default(3000),
  /** PostgreSQL server: ms a request waits for a connection of the pool (opening included) before 503. */
  DB_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(1).default(5000),
  /** PostgreSQL server: statement_timeout of the API's statements, ms (0: none); imports lift it for their own. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(60000),
  /** PostgreSQL server: idle_in_transaction_session_timeout, ms (0: none). */
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).default(30000),
  /** Folder of the embedded PostgreSQL (PGlite) data, relative to the repository root. */
  PGLITE_DIR: z.string().min(1).default('data/pglite'),
  /** HTTP port. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Bind address. */
  HOST: z.string().default('0.0.0.0'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Seconds public reads may be cached by browsers and CDNs. */
  PUBLIC_CACHE_SECONDS: z.coerce.number().int().min(0).default(60),
  /** How often (ms) an API process checks the database for changed data before reusing a cached response. */
  CACHE_REVALIDATE_MS: z.coerce.number().int().min(0).default(1000),
  /** Folder of the built client; empty to serve the API only. */
  CLIENT_DIST: z.string().default('client/dist'),
  /** Skip seeding an empty database at start. */
  SKIP_SEED: z.enum(['0', '1', 'true', 'false']).default('0'),
  /** Automation credential: `Authorization: Bearer <token>` acts as an admin (scripts, CI); unset, no bearer token works. */
  ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters (e.g. openssl rand -hex 32)').optional(),
  /** Bearer token of GET /metrics (Prometheus); unset, /metrics answers 404. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters (e.g. openssl rand -hex 32)').optional(),
  /** Minutes of inactivity after which a session ends. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(480),
  /** Hours after the login at which a session ends, used or not. */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(24),
  /** Secure flag of the session cookie: auto (when the request is HTTPS), true, false. */
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  /** Express "trust proxy" behind a reverse proxy: true, a hop count or a list of addresses (client IP and HTTPS from X-Forwarded-*). */
  TRUST_PROXY: z.string().optional(),
  /** Failed logins for one e-mail within LOGIN_LOCKOUT_MINUTES that lock it for that long (429). */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  /** Failed logins from one address within LOGIN_LOCKOUT_MINUTES that block it for that long (429). */
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(50),
  LOGIN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).default(15),
  /** On SIGTERM/SIGINT: ms the requests in flight and the import jobs may take to finish before the process stops anyway. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(25000),
  /** Level of the JSON logs on stdout: fatal, error, warn, info (one line per request), debug, trace, silent. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Folder of uploaded import files, relative to the repository root; shared by every API process. */
  UPLOAD_DIR: z.string().min(1).default('data/uploads'),
  /** Largest import file accepted, in megabytes. */
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).default(1024),
  /** Heap (MB) of the worker process an import reads its file in; a file needing more is refused, the server goes on. */
  IMPORT_READ_MEMORY_MB: z.coerce.number().int().min(16).default(1024),
  /** Mail server of the reporting rounds' e-mails, e.g. smtp://user:pass@host:587 (smtps:// for TLS); unset, no e-mail is sent. */
  SMTP_URL: z.string().regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// URL such as smtp://user:pass@host:587').optional(),
  /** Sender of those e-mails, e.g. "PSM monitor <psm@ente.it>". */
  MAIL_FROM: z.string().min(3).default('PSM monitor <noreply@localhost>'),
  /** Default days before a round's deadline at which the reminder goes out. */
  REMINDER_DAYS: z.coerce.number().int().min(0).default(7),
  /** Ms a download of a source address ("Aggiorna dalla fonte", a check) may take, body included. */
  SOURCE_FETCH_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30000),
  /** Days between the scheduled checks of the source addresses (0: no scheduled check). */
  SOURCE_CHECK_DAYS: z.coerce.number().int().min(0).max(366).default(7),
  /** The site's public address (https://psm.ente.it), for links in e-mails; unset, the address the admin opened the round from. */
  PUBLIC_URL: z.string().regex(/^https?:\/\/[^\s/]+(\/\S*)?$/, 'must be an http(s) URL such as https://psm.ente.it').optional(),
  /** The address of this software's code repository, linked from every page's footer ("Codice sorgente"); unset, no link. */
  SOURCE_CODE_URL: z.string().regex(/^https?:\/\/[^\s/]+(\/\S*)?$/, 'must be an http(s) URL such as https://github.com/ente/psm-monitor').optional(),
});

/** The reporting rounds' e-mail (see rounds/mailer.ts). */
export type MailConfig = {
  smtpUrl: string | undefined;
  from: string;
  reminderDays: number;
  publicUrl: string | undefined;
};

/** The source addresses of the import recipes (see imports/fetch-source.ts). */
export type SourceConfig = { fetchTimeoutMs: number; checkDays: number };

export type Config = {
  databaseUrl: string | undefined;
  /** Limits of the connections to a PostgreSQL server (DATABASE_URL). */
  dbTimeouts: DbTimeouts;
  pgliteDir: string;
  port: number;
  host: string;
  env: 'development' | 'production' | 'test';
  publicCacheSeconds: number;
  cacheRevalidateMs: number;
  clientDist: string;
  skipSeed: boolean;
  adminToken: string | undefined;
  metricsToken: string | undefined;
  auth: AuthOptions;
  trustProxy: boolean | number | string | undefined;
  uploadDir: string;
  maxUploadBytes: number;
  importReadMemoryMb: number;
  shutdownTimeoutMs: number;
  mail: MailConfig;
  sources: SourceConfig;
  /** The code repository's address (SOURCE_CODE_URL), shown in the footer. */
  sourceCodeUrl: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Thresholds of the progress-towards-target status (PROGRESS_* variables, see config/progress.ts). */
  progress: ProgressOptions;
};

/** Reads and validates the environment once; a readable list of what is wrong stops start-up. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dbTimeouts: {
      connectMs: e.DB_CONNECT_TIMEOUT_MS,
      acquireMs: e.DB_ACQUIRE_TIMEOUT_MS,
      statementMs: e.DB_STATEMENT_TIMEOUT_MS,
      idleInTransactionMs: e.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    pgliteDir: path.resolve(REPO_ROOT, e.PGLITE_DIR),
    port: e.PORT,
    host: e.HOST,
    env: e.NODE_ENV,
    publicCacheSeconds: e.PUBLIC_CACHE_SECONDS,
    cacheRevalidateMs: e.CACHE_REVALIDATE_MS,
    clientDist: e.CLIENT_DIST ? path.resolve(REPO_ROOT, e.CLIENT_DIST) : '',
    skipSeed: e.SKIP_SEED === '1' || e.SKIP_SEED === 'true',
    adminToken: e.ADMIN_TOKEN,
    metricsToken: e.METRICS_TOKEN,
    auth: {
      sessions: {
        idleMinutes: e.SESSION_IDLE_MINUTES,
        maxHours: e.SESSION_MAX_HOURS,
        cookieSecure: e.COOKIE_SECURE === 'auto' ? 'auto' : e.COOKIE_SECURE === 'true',
      },
      login: { maxFailures: e.LOGIN_MAX_FAILURES, maxFailuresPerIp: e.LOGIN_MAX_FAILURES_PER_IP, lockoutMinutes: e.LOGIN_LOCKOUT_MINUTES },
    },
    trustProxy: e.TRUST_PROXY === undefined ? undefined : e.TRUST_PROXY === 'true' ? true : /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY,
    uploadDir: path.resolve(REPO_ROOT, e.UPLOAD_DIR),
    maxUploadBytes: e.MAX_UPLOAD_MB * 1024 * 1024,
    importReadMemoryMb: e.IMPORT_READ_MEMORY_MB,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, reminderDays: e.REMINDER_DAYS, publicUrl: e.PUBLIC_URL?.replace(/\/+$/, '') },
    sources: { fetchTimeoutMs: e.SOURCE_FETCH_TIMEOUT_MS, checkDays: e.SOURCE_CHECK_DAYS },
    sourceCodeUrl: e.SOURCE_CODE_URL,
    logLevel: e.LOG_LEVEL,
    progress: loadProgressOptions(env),
  };
}
