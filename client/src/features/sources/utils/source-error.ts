import type { TFunction } from 'i18next';
import { ApiError } from '../../../lib/api-client';
import { problemText } from '../../../lib/problem';

type SourceError = { code: string; params: Record<string, string | number>; message: string };

const KNOWN = ['source.timeout', 'source.httpStatus', 'source.tooLarge', 'source.tooManyRedirects', 'source.badScheme', 'source.network'] as const;

/** A source's error in the reader's language, from its code and parameters (the server's English otherwise). */
export function sourceErrorText(t: TFunction<'sources'>, e: SourceError): string {
  const code = KNOWN.find((k) => k === e.code);
  return code ? t(`errors.${code}`, e.params) : e.message;
}

/** A failed "Aggiorna dalla fonte" or check: the source's own error when the problem carries one. */
export function writeErrorText(t: TFunction<'sources'>, err: unknown): string {
  if (err instanceof ApiError && typeof err.problem.code === 'string') {
    return sourceErrorText(t, { code: err.problem.code, params: (err.problem.params as SourceError['params']) ?? {}, message: err.detail });
  }
  return problemText(err);
}

/** "a=b" lines into a record; the first bad line otherwise. */
export function parseLines(text: string): { value: Record<string, string> } | { bad: string } {
  const out: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const i = line.indexOf('=');
    if (i <= 0 || i === line.length - 1) return { bad: line };
    out[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return { value: out };
}

export const linesOf = (r: Record<string, string> | undefined) => Object.entries(r ?? {}).map(([k, v]) => `${k}=${v}`).join('\n');
