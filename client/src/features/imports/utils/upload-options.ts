import type { UploadField, UploadOptions } from '../types';

/** `A=B` lines (or comma-free entries on one line separated by ";") without the blank ones. */
export const pairLines = (text: string): string[] =>
  text
    .split(/\r?\n|;/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The multipart form the server reads: the file and only the options given (repeatable map and filter). */
export function uploadFormData(file: File, o: UploadOptions): FormData {
  const form = new FormData();
  if (o.indicator.trim()) form.append('indicator', o.indicator.trim());
  if (o.source) form.append('source', o.source);
  if (o.format) form.append('format', o.format);
  for (const f of pairLines(o.filters)) form.append('filter', f);
  for (const m of pairLines(o.map)) form.append('map', m);
  if (o.createIndicators) form.append('createIndicators', 'true');
  // The file last: the server has read the options by the time the (possibly large) file streams in.
  form.append('file', file, file.name);
  return form;
}

export const EMPTY_OPTIONS: UploadOptions = { indicator: '', source: '', format: '', filters: '', map: '', createIndicators: false };

/** In the order the form shows them. */
export const UPLOAD_FIELDS: readonly UploadField[] = ['file', 'indicator', 'source', 'format', 'filter', 'map', 'createIndicators'];
