/** An HTTP error from the API, carrying the problem+json (RFC 9457) fields the server sends. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
  ) {
    super(detail || title);
    this.name = 'ApiError';
  }
}

type Problem = { title?: unknown; detail?: unknown };

async function readProblem(res: Response): Promise<Problem> {
  try {
    return (await res.json()) as Problem;
  } catch {
    return {};
  }
}

/** GETs a JSON resource; throws ApiError with the problem `detail` on any non-2xx answer. */
export async function apiGet<T>(path: string, init: { signal?: AbortSignal } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { Accept: 'application/json' }, signal: init.signal });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'Servizio non raggiungibile', 'Il server dei dati non risponde. Riprova tra poco.');
  }
  if (!res.ok) {
    const problem = await readProblem(res);
    const title = typeof problem.title === 'string' ? problem.title : res.statusText || `HTTP ${res.status}`;
    const detail = typeof problem.detail === 'string' ? problem.detail : '';
    throw new ApiError(res.status, title, detail);
  }
  return (await res.json()) as T;
}
