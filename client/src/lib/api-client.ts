import { csrfToken } from './csrf';

/** An HTTP error from the API, carrying the problem+json (RFC 9457) fields the server sends. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    /** The whole problem document: `type`, and extensions such as `errors` or `currentVersion`. */
    readonly problem: Record<string, unknown> = {},
  ) {
    super(detail || title);
    this.name = 'ApiError';
  }

  /** The problem type's last segment, e.g. "csrf", "not-assigned", "conflict". */
  get type(): string {
    const t = this.problem.type;
    return typeof t === 'string' ? (t.split('/').pop() ?? t) : '';
  }
}

async function readProblem(res: Response): Promise<Record<string, unknown>> {
  try {
    const body = (await res.json()) as unknown;
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

async function send(path: string, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, { credentials: 'same-origin', ...init });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'Servizio non raggiungibile / Service unreachable', 'Il server dei dati non risponde. Riprova tra poco. / The data server does not answer.');
  }
  if (!res.ok) {
    const problem = await readProblem(res);
    const title = typeof problem.title === 'string' ? problem.title : res.statusText || `HTTP ${res.status}`;
    const detail = typeof problem.detail === 'string' ? problem.detail : '';
    throw new ApiError(res.status, title, detail, problem);
  }
  return res;
}

export type GetOptions = {
  signal?: AbortSignal;
  /**
   * 'no-cache': revalidate with the server every time (a conditional request, 304 when unchanged). Public
   * reads may be cached by the browser for a minute; in the back-office what is on screen must be what the
   * server holds now, and what a write is checked against (If-Match), never a cached copy.
   */
  cache?: RequestCache;
};

async function get(path: string, { signal, cache }: GetOptions): Promise<Response> {
  return send(path, { headers: { Accept: 'application/json' }, signal, ...(cache ? { cache } : {}) });
}

/** GETs a JSON resource; throws ApiError with the problem `detail` on any non-2xx answer. */
export async function apiGet<T>(path: string, options: GetOptions = {}): Promise<T> {
  const res = await get(path, options);
  return (await res.json()) as T;
}

/** Like apiGet, with the resource's ETag (to send back in If-Match); usually with `cache: 'no-cache'`. */
export async function apiGetWithEtag<T>(path: string, options: GetOptions = {}): Promise<{ data: T; etag: string | null }> {
  const res = await get(path, options);
  return { data: (await res.json()) as T, etag: res.headers.get('ETag') };
}

export type SendOptions = {
  /** JSON body (or FormData for uploads). */
  body?: unknown;
  /** Optimistic locking: the ETag read with the resource (the server answers 409 if it changed). */
  ifMatch?: string;
  signal?: AbortSignal;
};

/**
 * A write (POST, PUT, PATCH, DELETE) with JSON in and out; returns the body and the response headers.
 * It carries the session's CSRF token (lib/csrf.ts), which the server requires on every write made
 * with the session cookie.
 */
export async function apiSend<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  { body, ifMatch, signal }: SendOptions = {},
): Promise<{ data: T; headers: Headers; status: number }> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const token = csrfToken();
  if (token) headers['X-CSRF-Token'] = token;
  if (ifMatch) headers['If-Match'] = ifMatch;
  const res = await send(path, { method, headers, body: payload, signal });
  const text = await res.text();
  return { data: (text ? JSON.parse(text) : null) as T, headers: res.headers, status: res.status };
}
