import crypto from 'node:crypto';
import type { NextFunction, Request, Response, Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { InvalidParamsError } from '../errors/errors';
import type { ResponseCache } from './response-cache';

export type RouteContext<P, Q> = { params: P; query: Q; req: Request; db: Knex };

/** A CSV rendering of a route's result, offered with `format=csv` or `Accept: text/csv`. */
export type CsvRendering<R> = { fileName: (result: R) => string; render: (result: R) => string };

export type RouteDef<P extends z.ZodType, Q extends z.ZodType, R extends z.ZodType> = {
  method: 'get';
  /** Express path, e.g. /api/plans/:plan/tree. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  params?: P;
  query?: Q;
  response: R;
  /** Public reads: cacheable by browsers and CDNs, kept in the process until the data changes. */
  publicCache?: boolean;
  csv?: CsvRendering<z.infer<R>>;
  handler: (ctx: RouteContext<z.infer<P>, z.infer<Q>>) => Promise<z.infer<R>>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRouteDef = RouteDef<any, any, any>;

export type RouteDeps = { db: Knex; cache: ResponseCache; publicCacheSeconds: number };

function parseOrThrow<T>(schema: z.ZodType<T> | undefined, input: unknown, where: 'path' | 'query'): T {
  if (!schema) return undefined as T;
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new InvalidParamsError(
    parsed.error.issues.map((i) => ({
      name: i.path.length ? i.path.join('.') : where,
      message: i.message,
    })),
  );
}

const wantsCsv = (req: Request) =>
  req.query.format === 'csv' || (req.query.format === undefined && (req.get('accept') ?? '').includes('text/csv'));

/** Mounts a route: validates path and query with its zod schemas, runs the handler, sends JSON or CSV. */
export function mountRoute(router: Router, def: AnyRouteDef, deps: RouteDeps): void {
  router[def.method](def.path, async (req: Request, res: Response, next: NextFunction) => {
    try {
      const csv = Boolean(def.csv) && wantsCsv(req);
      if (def.publicCache) {
        res.set('Cache-Control', `public, max-age=${deps.publicCacheSeconds}, stale-while-revalidate=${deps.publicCacheSeconds * 5}`);
        res.vary('Accept');
      } else {
        res.set('Cache-Control', 'no-store');
      }
      const key = `${csv ? 'csv' : 'json'} ${req.originalUrl}`;
      const cached = def.publicCache ? await deps.cache.get(key) : undefined;
      if (cached) {
        res.set('Content-Type', cached.contentType).set('ETag', cached.etag);
        if (cached.disposition) res.set('Content-Disposition', cached.disposition);
        res.send(cached.body);
        return;
      }
      const params = parseOrThrow(def.params, req.params, 'path');
      const query = parseOrThrow(def.query, req.query, 'query');
      const result = await def.handler({ params, query, req, db: deps.db });
      let body: Buffer;
      let contentType: string;
      let disposition: string | undefined;
      if (csv && def.csv) {
        body = Buffer.from(def.csv.render(result), 'utf8');
        contentType = 'text/csv; charset=utf-8';
        disposition = `attachment; filename="${def.csv.fileName(result)}"`;
        res.set('Content-Disposition', disposition);
      } else {
        body = Buffer.from(JSON.stringify(result), 'utf8');
        contentType = 'application/json; charset=utf-8';
      }
      const etag = `"${crypto.createHash('sha1').update(body).digest('base64url')}"`;
      if (def.publicCache) deps.cache.set(key, { body, contentType, etag, disposition });
      res.set('Content-Type', contentType).set('ETag', etag);
      res.send(body);
    } catch (err) {
      next(err);
    }
  });
}
