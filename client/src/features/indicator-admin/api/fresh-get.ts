import { ApiError } from '../../../lib/api-client';

/**
 * GET revalidated with the server every time (a conditional request: 304 when unchanged). Public reads
 * may be cached by the browser for a minute; what an analyst edits must be what the server holds now.
 */
export async function freshGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-cache', signal });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'Servizio non raggiungibile / Service unreachable', '');
  }
  if (!res.ok) {
    let problem: Record<string, unknown> = {};
    try {
      problem = (await res.json()) as Record<string, unknown>;
    } catch {
      // not JSON: the status says enough
    }
    const title = typeof problem.title === 'string' ? problem.title : res.statusText || `HTTP ${res.status}`;
    throw new ApiError(res.status, title, typeof problem.detail === 'string' ? problem.detail : '', problem);
  }
  return (await res.json()) as T;
}
