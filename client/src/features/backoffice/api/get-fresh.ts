import { ApiError } from '../../../lib/api-client';

async function problemOf(res: Response): Promise<Record<string, unknown>> {
  try {
    const body = (await res.json()) as unknown;
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * GETs JSON revalidated with the server every time (`cache: 'no-cache'`: a conditional request,
 * 304 when unchanged), with the ETag. Public reads are cacheable for a minute; in the back-office
 * what is on screen must be what a write is checked against (If-Match), never a cached copy.
 */
export async function getFresh<T>(path: string, { signal }: { signal?: AbortSignal } = {}): Promise<{ data: T; etag: string | null }> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-cache', signal });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'Servizio non raggiungibile / Service unreachable', '');
  }
  if (!res.ok) {
    const problem = await problemOf(res);
    const title = typeof problem.title === 'string' ? problem.title : res.statusText || `HTTP ${res.status}`;
    throw new ApiError(res.status, title, typeof problem.detail === 'string' ? problem.detail : '', problem);
  }
  return { data: (await res.json()) as T, etag: res.headers.get('ETag') };
}
