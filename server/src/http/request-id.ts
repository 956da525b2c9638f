import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** An incoming id is kept only when it is a short token safe in a header, a log line and a column. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

export function requestIdOf(incoming: string | undefined): string {
  return incoming !== undefined && SAFE_ID.test(incoming) ? incoming : randomUUID();
}

/** The request's id in `res.locals.requestId` and in `X-Request-Id` of the answer (the route runs its handler with it: `mountRoute`). */
export function requestId(req: Request, res: Response, next: NextFunction): void {
  const id = requestIdOf(req.get('x-request-id'));
  res.locals.requestId = id;
  res.set('X-Request-Id', id);
  next();
}

/** The id `requestId` gave this answer (null before it ran). */
export function requestIdOfResponse(res: Response): string | null {
  const id: unknown = res.locals.requestId;
  return typeof id === 'string' ? id : null;
}
