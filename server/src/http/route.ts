import fs from 'node:fs';
import type { NextFunction, Request, Response, Router } from 'express';
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { Actor } from '../auth/roles';
import type { Session, SessionOptions } from '../auth/sessions';
import { isSafeText, UNSAFE_TEXT_MESSAGE } from '../contract/common';
import { type InputIssue, InvalidParamsError, UnsupportedMediaTypeError } from '../errors/errors';
import { runWithRequestId } from '../observability/request-context';
import { clearSessionCookie, readSessionToken, setSessionCookie } from './cookies';
import { bodyHashEtag, ifMatchVersion } from './etag';
import { requireRoles } from './guard';
import { type OpenUploadFile, receiveUpload, type ReceivedUpload } from './multipart';
import { requestIdOfResponse } from './request-id';
import { checkResponse } from './response-contract';
import type { CacheEntry, ResponseCache } from './response-cache';
import { type AnyRouteDef, type FileResult, rolesOf, type RouteContext } from './route-def';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type RouteDeps = {
  db: Knex;
  cache: ResponseCache | null;
  publicCacheSeconds: number;
  /** The automation credential, acting as an admin; unset, bearer tokens are refused. */
  adminToken?: string;
  sessions: SessionOptions;
  /** Where uploads are received (UPLOAD_DIR) and the largest one (MAX_UPLOAD_MB). */
  uploads: { dir: string; maxBytes: number; openFile?: OpenUploadFile };
  /** Tests: every JSON answer must be exactly what the route's response schema describes (see checkResponse). */
  checkResponses?: boolean;
};

/**
 * Strings of a parsed input that PostgreSQL cannot store (NUL, lone surrogates), keys included: a
 * backstop behind the contract's `safeText`, for what a schema passes through as it is (record keys,
 * `z.unknown()`).
 */
function unsafeTextIssues(value: unknown, path: string[], out: InputIssue[] = []): InputIssue[] {
  if (out.length >= 10) return out;
  if (typeof value === 'string') {
    if (!isSafeText(value)) out.push({ name: path.join('.'), message: UNSAFE_TEXT_MESSAGE });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => unsafeTextIssues(v, [...path, String(i)], out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!isSafeText(k)) out.push({ name: [...path, k].join('.'), message: `name ${UNSAFE_TEXT_MESSAGE}` });
      else unsafeTextIssues(v, [...path, k], out);
    }
  }
  return out;
}

function parseOrThrow<T>(schema: z.ZodType<T> | undefined, input: unknown, where: 'path' | 'query' | 'body'): T {
  if (!schema) return undefined as T;
  const parsed = schema.safeParse(input);
  if (parsed.success) {
    const unsafe = unsafeTextIssues(parsed.data, []).map((i) => ({ ...i, name: i.name || where }));
    if (unsafe.length) throw new InvalidParamsError(unsafe);
    return parsed.data;
  }
  throw new InvalidParamsError(
    parsed.error.issues.flatMap((i) =>
      // A strict object's unknown keys: one issue each, naming the key itself.
      i.code === 'unrecognized_keys'
        ? i.keys.map((key) => ({ name: [...i.path, key].join('.'), message: 'is not a known field' }))
        : [{ name: i.path.length ? i.path.join('.') : where, message: i.message }],
    ),
  );
}

/**
 * The JSON body of a route that declares one. A body in another format is 415, not read as `{}`
 * (express.json leaves it alone), and a write without a body is 400: neither may change data.
 */
function jsonBodyOf(req: Request): unknown {
  // An empty body (Content-Length: 0) is no body: 400 below, not 415.
  const sent = req.get('transfer-encoding') !== undefined || Number(req.get('content-length') ?? 0) > 0;
  if (sent && !req.is('application/json')) {
    throw new UnsupportedMediaTypeError(`Send the body as JSON (Content-Type: application/json), not ${req.get('content-type') ?? 'without a Content-Type'}.`);
  }
  if (req.body === undefined) throw new InvalidParamsError([{ name: 'body', message: 'is required: a JSON object (Content-Type: application/json)' }]);
  return req.body;
}

type Format = 'json' | 'csv' | 'xlsx';

/** The filename parameters of Content-Disposition: an ASCII fallback and the UTF-8 name (RFC 6266). */
export function contentDispositionName(name: string): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9_.-]/g, '_');
  return ascii === name ? `filename="${name}"` : `filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** `format=csv|xlsx|json` wins over `Accept: text/csv`; a format the route does not offer is JSON. */
function formatOf(req: Request, def: AnyRouteDef): Format {
  if (def.xlsx && req.query.format === 'xlsx') return 'xlsx';
  const csv = req.query.format === 'csv' || (req.query.format === undefined && (req.get('accept') ?? '').includes('text/csv'));
  return def.csv && csv ? 'csv' : 'json';
}

/** The handler's context: what the route declares, taken from the request here and nowhere else. */
function contextOf(def: AnyRouteDef, req: Request, res: Response, deps: RouteDeps, parsed: { params: unknown; query: unknown; body: unknown; upload: ReceivedUpload | undefined }): RouteContext<unknown, unknown, unknown> {
  const ctx = {
    ...parsed,
    db: deps.db,
    actor: (res.locals.actor as Actor | undefined) ?? null,
    session: (res.locals.session as Session | undefined) ?? null,
    client: { address: req.ip ?? null, userAgent: req.get('user-agent') ?? null, sessionToken: readSessionToken(req), origin: `${req.protocol}://${req.host}` },
    reply: {
      setSessionCookie: (token: string) => setSessionCookie(res, token, deps.sessions.cookieSecure === 'auto' ? req.secure : deps.sessions.cookieSecure),
      clearSessionCookie: () => clearSessionCookie(res),
    },
  } as RouteContext<unknown, unknown, unknown>;
  if (def.ifMatch) Object.defineProperty(ctx, 'ifMatch', { get: () => ifMatchVersion(req.get('If-Match')), enumerable: true });
  return ctx;
}

/**
 * Mounts a route: checks authentication, validates path, query and body with its zod schemas,
 * receives its upload, runs the handler, sends JSON, CSV or XLSX.
 */
export function mountRoute(router: Router, def: AnyRouteDef, deps: RouteDeps): void {
  const guards = def.auth ? [requireRoles(rolesOf(def.auth), deps)] : [];
  router[def.method](def.path, ...guards, async (req: Request, res: Response, next: NextFunction) => {
    let upload: ReceivedUpload | undefined;
    // The declared path labels the request's metrics, never the URL sent.
    res.locals.routePattern = def.path;
    try {
      const format = formatOf(req, def);
      if (def.publicCache) {
        res.set('Cache-Control', `public, max-age=${deps.publicCacheSeconds}, stale-while-revalidate=${deps.publicCacheSeconds * 5}`);
        res.vary('Accept');
      } else {
        res.set('Cache-Control', 'no-store');
      }
      const params = parseOrThrow(def.params, req.params, 'path');
      const query = parseOrThrow(def.query, req.query, 'query');
      const body = def.body ? parseOrThrow(def.body, jsonBodyOf(req), 'body') : undefined;
      if (def.upload) {
        const maxBytes = Math.min(deps.uploads.maxBytes, def.upload.maxBytes ?? Infinity);
        upload = await receiveUpload(req, res, { dir: deps.uploads.dir, maxBytes, openFile: deps.uploads.openFile });
      }
      const ctx = contextOf(def, req, res, deps, { params, query, body, upload });
      let status = def.status ?? 200;
      const compute = async (): Promise<CacheEntry> => {
        // The handler and what it starts (an import job) run with the request's id: the audit log records it.
        const id = requestIdOfResponse(res);
        const result = id === null ? await def.handler(ctx) : await runWithRequestId(id, () => def.handler(ctx));
        if (deps.checkResponses && !def.file) checkResponse(def, result);
        if (def.statusOf) status = def.statusOf.pick(result);
        // Only writes have a Location, and writes are never cached.
        if (def.location) res.location(def.location(result));
        let body: Buffer;
        let contentType = 'application/json; charset=utf-8';
        let disposition: string | undefined;
        if (def.file) {
          const file = result as FileResult;
          body = file.body;
          contentType = file.contentType;
          disposition = `${file.inline ? 'inline' : 'attachment'}; ${contentDispositionName(file.fileName)}`;
        } else if (format === 'csv' && def.csv) {
          body = Buffer.from(def.csv.render(result), 'utf8');
          contentType = 'text/csv; charset=utf-8';
          disposition = `attachment; filename="${def.csv.fileName(result)}"`;
        } else if (format === 'xlsx' && def.xlsx) {
          body = await def.xlsx.render(result);
          contentType = XLSX_TYPE;
          disposition = `attachment; filename="${def.xlsx.fileName(result)}"`;
        } else {
          body = Buffer.from(JSON.stringify(result), 'utf8');
        }
        const etag = format === 'json' && def.etag ? def.etag(result, body) : bodyHashEtag(body);
        return { body, contentType, etag, disposition };
      };
      // The key is built from the validated parameters: unknown ones are dropped by the schemas.
      const key = `${def.method} ${def.path} ${format} ${JSON.stringify(params ?? {})} ${JSON.stringify(query ?? {})}`;
      const entry = def.publicCache && deps.cache ? await deps.cache.getOrCompute(key, compute) : await compute();
      // A write made by this process is seen by the very next read, not CACHE_REVALIDATE_MS later.
      if (def.method !== 'get') deps.cache?.invalidate();
      res.status(status).set('Content-Type', entry.contentType);
      // Reads always carry an ETag; a write only when it answers a versioned resource (the next If-Match).
      if (def.method === 'get' || def.etag) res.set('ETag', entry.etag);
      if (entry.disposition) res.set('Content-Disposition', entry.disposition);
      // Express answers 304 itself when If-None-Match matches the ETag set here.
      res.send(entry.body);
    } catch (err) {
      next(err);
    } finally {
      // A handler that keeps the file moves it away first; whatever is left was only needed for the request.
      if (upload) await fs.promises.rm(upload.tempPath, { force: true });
    }
  });
}
