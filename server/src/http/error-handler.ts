import type { NextFunction, Request, Response } from 'express';
import { isDatabaseUnavailable } from '../db/unavailable';
import { AppError, DatabaseUnavailableError } from '../errors/errors';
import { requestIdOfResponse } from './request-id';

/** The one error path: every error becomes application/problem+json (RFC 9457); no stack traces leave the server. */
export function errorHandler(log: (msg: string, err: unknown) => void) {
  return (thrown: unknown, req: Request, res: Response, _next: NextFunction): void => {
    // The database down or restarting is no bug of ours: 503 with Retry-After, whichever query noticed it.
    const err = isDatabaseUnavailable(thrown) ? new DatabaseUnavailableError() : thrown;
    let status = 500;
    let body: Record<string, unknown>;
    if (err instanceof AppError) {
      status = err.status;
      res.set(err.headers);
      body = {
        type: `/api/docs#problem-${err.type}`,
        title: err.title,
        status,
        detail: err.message,
        instance: req.originalUrl,
        ...err.extensions,
        ...(err.issues.length ? { errors: err.issues } : {}),
      };
    } else if (err instanceof URIError) {
      // The router could not decode a path parameter (e.g. %ff): the client's mistake.
      status = 400;
      body = {
        type: '/api/docs#problem-invalid-params',
        title: 'Parametri non validi / Invalid parameters',
        status,
        detail: 'path: is not valid percent-encoding (UTF-8)',
        instance: req.originalUrl,
        errors: [{ name: 'path', message: 'is not valid percent-encoding (UTF-8)' }],
      };
    } else if ((err as { type?: string }).type === 'entity.parse.failed') {
      status = 400;
      body = { type: 'about:blank', title: 'Corpo della richiesta non valido / Malformed body', status, detail: 'The request body is not valid JSON.' };
    } else if (isClientHttpError(err)) {
      // http-errors from Express middleware (e.g. express.static's 404 for an asset that is not there).
      status = err.status;
      body = {
        type: status === 404 ? '/api/docs#problem-not-found' : 'about:blank',
        title: status === 404 ? 'Risorsa non trovata / Not found' : 'Richiesta non valida / Bad request',
        status,
        detail: status === 404 ? `Nothing at ${req.originalUrl.split('?')[0]}.` : 'The request could not be served.',
        instance: req.originalUrl,
      };
    } else {
      log('unhandled error', err);
      body = { type: 'about:blank', title: 'Errore interno / Internal error', status, detail: 'An unexpected error occurred.' };
    }
    res.status(status).set('Cache-Control', 'no-store').type('application/problem+json').send(JSON.stringify(withRequestId(body, res)));
  };
}

/** The request's id in the problem (`requestId`), so a user's report can be found in the logs and the audit log. */
export function withRequestId(body: Record<string, unknown>, res: Response): Record<string, unknown> {
  const requestId = requestIdOfResponse(res);
  return requestId === null ? body : { ...body, requestId };
}

function isClientHttpError(err: unknown): err is { status: number } {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 && (err as { expose?: unknown }).expose === true;
}

export function notFoundHandler(req: Request, res: Response): void {
  res
    .status(404)
    .type('application/problem+json')
    .send(
      JSON.stringify(
        withRequestId(
          {
            type: '/api/docs#problem-not-found',
            title: 'Risorsa non trovata / Not found',
            status: 404,
            detail: `No endpoint at ${req.method} ${req.originalUrl.split("?")[0]}.`,
            instance: req.originalUrl,
          },
          res,
        ),
      ),
    );
}
