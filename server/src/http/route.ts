import crypto from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { NextFunction, Request, Response, Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { requireRoles } from '../auth/guard';
import { ROLES, type Actor, type Role } from '../auth/roles';
import type { SessionOptions } from '../auth/sessions';
import { AppError, InvalidParamsError } from '../errors/errors';
import type { CacheEntry, ResponseCache } from './response-cache';

/** `actor` is who called a route that needs authentication (null on public routes); `body` the parsed JSON body. */
export type RouteContext<P, Q, B = undefined> = { params: P; query: Q; body: B; req: Request; res: Response; db: Knex; actor: Actor | null };

/** A CSV rendering of a route's result, offered with `format=csv` or `Accept: text/csv`. */
export type CsvRendering<R> = { fileName: (result: R) => string; render: (result: R) => string };

/** An XLSX rendering of a route's result, offered with `format=xlsx`. */
export type XlsxRendering<R> = { fileName: (result: R) => string; render: (result: R) => Promise<Buffer> };

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Who may call a route: `{ roles }` (an admin always may); 'admin' is short for admins only. */
export type RouteAuth = 'admin' | { roles: readonly Role[] };

/** Every logged-in user, whatever the role. */
export const ANY_ROLE: RouteAuth = { roles: ROLES };

export type RouteDef<P extends z.ZodType, Q extends z.ZodType, R extends z.ZodType, B extends z.ZodType = z.ZodUndefined> = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express path, e.g. /api/plans/:plan/tree. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  params?: P;
  query?: Q;
  /** A JSON request body, validated (400 naming the field) and documented in OpenAPI. */
  body?: B;
  response: R;
  /** The route answers 404 for unknown codes (documented in OpenAPI). */
  notFound?: boolean;
  /** Public reads: cacheable by browsers and CDNs, kept in the process until the data changes. */
  publicCache?: boolean;
  csv?: CsvRendering<z.infer<R>>;
  xlsx?: XlsxRendering<z.infer<R>>;
  /** The ETag of a GET (default: a hash of the body), e.g. one that carries a version for If-Match. */
  etag?: (result: z.infer<R>, body: Buffer) => string;
  /** Needs a session (or the automation token) with one of these roles: 401 without, 403 with another role or without the CSRF header. */
  auth?: RouteAuth;
  /** Status of a success (default 200), e.g. 202 for a job that goes on after the answer. */
  status?: 200 | 201 | 202;
  /** A success status that depends on the result (e.g. 200 for a dry run of a write that creates, 201): `pick` chooses, `statuses` are documented in OpenAPI besides `status`. */
  statusOf?: { statuses: readonly (200 | 201 | 202)[]; pick: (result: z.infer<R>) => 200 | 201 | 202 };
  /** The Location header of a success: the resource created or to poll. */
  location?: (result: z.infer<R>) => string;
  /** A body the handler reads itself (e.g. a multipart upload): documented in OpenAPI, not parsed here. */
  requestBody?: { contentType: string; schema: z.ZodType; description?: string };
  /** The write needs the ETag it is based on in If-Match (documented as a header; 428 without it). */
  ifMatch?: boolean;
  /** Other problem statuses the route answers on purpose (documented in OpenAPI), e.g. 409, 413. */
  problems?: number[];
  handler: (ctx: RouteContext<z.infer<P>, z.infer<Q>, z.infer<B>>) => Promise<z.infer<R>>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRouteDef = RouteDef<any, any, any, any>;

export type RouteDeps = {
  db: Knex;
  cache: ResponseCache | null;
  publicCacheSeconds: number;
  /** The automation credential, acting as an admin; unset, bearer tokens are refused. */
  adminToken?: string;
  sessions: SessionOptions;
  /** Tests: every JSON answer must be exactly what the route's response schema describes (see checkResponse). */
  checkResponses?: boolean;
};

export const rolesOf = (auth: RouteAuth): readonly Role[] => (auth === 'admin' ? ['admin'] : auth.roles);

function parseOrThrow<T>(schema: z.ZodType<T> | undefined, input: unknown, where: 'path' | 'query' | 'body'): T {
  if (!schema) return undefined as T;
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new InvalidParamsError(
    parsed.error.issues.flatMap((i) =>
      // A strict object's unknown keys: one issue each, naming the key itself.
      i.code === 'unrecognized_keys'
        ? i.keys.map((key) => ({ name: [...i.path, key].join('.'), message: 'is not a known field' }))
        : [{ name: i.path.length ? i.path.join('.') : where, message: i.message }],
    ),
  );
}

/** A route answered JSON its response schema does not describe (only with `checkResponses`, i.e. in tests). */
export class ContractDriftError extends AppError {
  constructor(def: AnyRouteDef, detail: string) {
    super(500, 'contract-drift', 'Risposta fuori contratto / Response outside the contract', `${def.method.toUpperCase()} ${def.path}: ${detail}`);
  }
}

/** Paths of the values `plain` has and `described` lacks: fields the schema does not declare (zod drops them). */
function extraPaths(plain: unknown, described: unknown, at = ''): string[] {
  if (Array.isArray(plain) && Array.isArray(described)) return plain.flatMap((v, i) => extraPaths(v, described[i], `${at}[${i}]`));
  if (plain && typeof plain === 'object' && described && typeof described === 'object') {
    const d = described as Record<string, unknown>;
    return Object.entries(plain).flatMap(([k, v]) => (k in d ? extraPaths(v, d[k], at ? `${at}.${k}` : k) : [at ? `${at}.${k}` : k]));
  }
  return [];
}

/**
 * The contract cannot drift silently: the JSON a route sends must parse with its response schema
 * (no missing or mistyped field) and parse to itself (no field the schema does not declare).
 */
export function checkResponse(def: AnyRouteDef, result: unknown): void {
  const plain: unknown = JSON.parse(JSON.stringify(result ?? null));
  const parsed = (def.response as z.ZodType).safeParse(plain);
  if (!parsed.success) {
    throw new ContractDriftError(def, parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; '));
  }
  const described: unknown = JSON.parse(JSON.stringify(parsed.data ?? null));
  if (!isDeepStrictEqual(described, plain)) {
    const extra = extraPaths(plain, described);
    throw new ContractDriftError(def, extra.length ? `not in the response schema: ${extra.slice(0, 10).join(', ')}` : 'the response schema changes the values');
  }
}

type Format = 'json' | 'csv' | 'xlsx';

/** `format=csv|xlsx|json` wins over `Accept: text/csv`; a format the route does not offer is JSON. */
function formatOf(req: Request, def: AnyRouteDef): Format {
  if (def.xlsx && req.query.format === 'xlsx') return 'xlsx';
  const csv = req.query.format === 'csv' || (req.query.format === undefined && (req.get('accept') ?? '').includes('text/csv'));
  return def.csv && csv ? 'csv' : 'json';
}

export const bodyHashEtag = (body: Buffer) => `"${crypto.createHash('sha1').update(body).digest('base64url')}"`;

/** Mounts a route: checks authentication, validates path and query with its zod schemas, runs the handler, sends JSON, CSV or XLSX. */
export function mountRoute(router: Router, def: AnyRouteDef, deps: RouteDeps): void {
  const guards = def.auth ? [requireRoles(rolesOf(def.auth), deps)] : [];
  router[def.method](def.path, ...guards, async (req: Request, res: Response, next: NextFunction) => {
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
      const parsedBody = parseOrThrow(def.body, req.body ?? {}, 'body');
      let status = def.status ?? 200;
      const compute = async (): Promise<CacheEntry> => {
        const result = await def.handler({ params, query, body: parsedBody, req, res, db: deps.db, actor: (res.locals.actor as Actor | undefined) ?? null });
        if (deps.checkResponses) checkResponse(def, result);
        if (def.statusOf) status = def.statusOf.pick(result);
        // Only writes have a Location, and writes are never cached.
        if (def.location) res.location(def.location(result));
        let body: Buffer;
        let contentType = 'application/json; charset=utf-8';
        let disposition: string | undefined;
        if (format === 'csv' && def.csv) {
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
      if (def.method === 'get') res.set('ETag', entry.etag);
      if (entry.disposition) res.set('Content-Disposition', entry.disposition);
      // Express answers 304 itself when If-None-Match matches the ETag set here.
      res.send(entry.body);
    } catch (err) {
      next(err);
    }
  });
}
