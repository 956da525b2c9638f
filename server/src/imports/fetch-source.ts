import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../errors/errors';

/** Why a source address could not be read: a code the client translates, and its parameters. */
export type SourceErrorCode =
  | 'source.timeout'
  | 'source.httpStatus'
  | 'source.tooLarge'
  | 'source.tooManyRedirects'
  | 'source.badScheme'
  | 'source.network';

const MESSAGES: Record<SourceErrorCode, (p: Record<string, string | number>) => string> = {
  'source.timeout': (p) => `The source did not answer within ${p.seconds} s (SOURCE_FETCH_TIMEOUT_MS).`,
  'source.httpStatus': (p) => `The source answered HTTP ${p.status}: check the address.`,
  'source.tooLarge': (p) => `The source's file is larger than the limit of ${p.limit} (MAX_UPLOAD_MB).`,
  'source.tooManyRedirects': (p) => `The source redirected more than ${p.max} times (a redirect loop?).`,
  'source.badScheme': (p) => `The address ${p.url} is not http(s): only http and https addresses are followed.`,
  'source.network': (p) => `The source could not be reached: ${p.reason}.`,
};

/**
 * A source that could not be read (nothing was written): 504 on a timeout, 422 when the address or the
 * file is not acceptable, 502 otherwise. `code` and `params` go out as problem members for the client.
 */
export class SourceFetchError extends AppError {
  constructor(
    readonly code: SourceErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    const status = code === 'source.timeout' ? 504 : code === 'source.tooLarge' || code === 'source.badScheme' ? 422 : 502;
    super(status, 'source-fetch', 'Fonte non leggibile / Source not readable', MESSAGES[code](params), [{ name: 'url', message: MESSAGES[code](params) }], { code, params });
  }
}

export type FetchSourceOptions = {
  /** The whole download, body included (SOURCE_FETCH_TIMEOUT_MS). */
  timeoutMs: number;
  /** Largest body accepted (MAX_UPLOAD_MB). */
  maxBytes: number;
  /** Where the body is written (the upload folder, so the import job finds it). */
  dir: string;
  /** Known validators: a conditional request, 304 = not modified. */
  etag?: string | null;
  lastModified?: string | null;
  maxRedirects?: number;
};

export type FetchedSource =
  | { notModified: true; etag: string | null; lastModified: string | null }
  | {
      notModified: false;
      tempPath: string;
      size: number;
      /** SHA-256 of the body, hex (the checksum an upload of the same file gets). */
      checksum: string;
      etag: string | null;
      lastModified: string | null;
      contentType: string | null;
      /** The address after the redirects. */
      finalUrl: string;
    };

const MAX_REDIRECTS = 5;

const formatLimit = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${bytes} bytes`);

function checkScheme(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new SourceFetchError('source.badScheme', { url });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new SourceFetchError('source.badScheme', { url });
  return u;
}

/** Why fetch failed, in a few words (the cause undici gives: ECONNREFUSED, ENOTFOUND…). */
function reasonOf(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } } | null)?.cause;
  return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
}

/**
 * Downloads a source address to a temporary file while hashing it: at most 5 redirects, http(s) at every
 * hop, one timeout for the whole download, the body cut off past `maxBytes`. With a known ETag or
 * Last-Modified the request is conditional; a 304 answers `notModified`.
 */
export async function fetchSource(url: string, o: FetchSourceOptions): Promise<FetchedSource> {
  const signal = AbortSignal.timeout(o.timeoutMs);
  const timedOut = () => new SourceFetchError('source.timeout', { seconds: Math.round(o.timeoutMs / 100) / 10 });
  const max = o.maxRedirects ?? MAX_REDIRECTS;
  let current = checkScheme(url);
  let res: Response;
  for (let hop = 0; ; hop++) {
    const headers: Record<string, string> = { 'user-agent': 'psm-monitor (source check)', accept: '*/*' };
    if (o.etag) headers['if-none-match'] = o.etag;
    if (o.lastModified) headers['if-modified-since'] = o.lastModified;
    try {
      res = await fetch(current, { redirect: 'manual', signal, headers });
    } catch (err) {
      if (signal.aborted) throw timedOut();
      throw new SourceFetchError('source.network', { reason: reasonOf(err) });
    }
    if (res.status >= 300 && res.status < 400 && res.status !== 304 && res.headers.get('location')) {
      await res.body?.cancel().catch(() => undefined);
      if (hop >= max) throw new SourceFetchError('source.tooManyRedirects', { max });
      current = checkScheme(new URL(res.headers.get('location')!, current).toString());
      continue;
    }
    break;
  }
  const etag = res.headers.get('etag');
  const lastModified = res.headers.get('last-modified');
  if (res.status === 304) {
    await res.body?.cancel().catch(() => undefined);
    return { notModified: true, etag: etag ?? o.etag ?? null, lastModified: lastModified ?? o.lastModified ?? null };
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new SourceFetchError('source.httpStatus', { status: res.status });
  }
  if (Number(res.headers.get('content-length') ?? 0) > o.maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new SourceFetchError('source.tooLarge', { limit: formatLimit(o.maxBytes) });
  }
  // The upload folder may not exist yet (no upload so far on this server).
  await fs.promises.mkdir(o.dir, { recursive: true });
  const tempPath = path.join(o.dir, `.source-${crypto.randomBytes(8).toString('hex')}`);
  const hash = crypto.createHash('sha256');
  let size = 0;
  const count = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > o.maxBytes) return done(new SourceFetchError('source.tooLarge', { limit: formatLimit(o.maxBytes) }));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(res.body! as import('node:stream/web').ReadableStream), count, fs.createWriteStream(tempPath));
  } catch (err) {
    await fs.promises.rm(tempPath, { force: true });
    if (err instanceof SourceFetchError) throw err;
    if (signal.aborted) throw timedOut();
    // The disk's fault (full, not writable), not the source's: the server's problem.
    if ((err as NodeJS.ErrnoException | null)?.syscall) throw err;
    throw new SourceFetchError('source.network', { reason: reasonOf(err) });
  }
  return { notModified: false, tempPath, size, checksum: hash.digest('hex'), etag, lastModified, contentType: res.headers.get('content-type'), finalUrl: current.toString() };
}

const EXT_OF_TYPE: [RegExp, string][] = [
  [/spreadsheetml|excel/i, '.xlsx'],
  [/tab-separated/i, '.tsv'],
  [/csv/i, '.csv'],
  [/json/i, '.json'],
  [/xml/i, '.xml'],
];

/** The file name a download is imported under: the address's last segment, its extension from the content type if it has none. */
export function sourceFileName(url: string, contentType: string | null): string {
  const last = decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).pop() ?? '') || 'source';
  const base = last.replace(/[^\w.,()+-]+/g, '_').slice(0, 120);
  if (/\.(csv|tsv|txt|xlsx|json|xml)$/i.test(base)) return base;
  const ext = EXT_OF_TYPE.find(([re]) => re.test(contentType ?? ''))?.[1] ?? '';
  return `${base}${ext}`;
}
