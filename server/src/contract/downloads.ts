import { z } from 'zod';
import { codeList, periodParam, safeText } from './common';
import { asOfParam } from './observations';
import { DOWNLOAD_FORMATS, DOWNLOAD_LANGS, DOWNLOAD_SCOPES } from './values';

/** The language of a file's headers and texts: Italian by default. */
const langParam = z.enum(DOWNLOAD_LANGS, `must be one of ${DOWNLOAD_LANGS.join(', ')}`).default('it').describe('Language of headers and texts: it (default) or en');

export const indicatorDownloadQuery = z
  .object({
    /** csv (comma, decimal point), csv-excel (semicolon, decimal comma, UTF-8 BOM), xlsx (data and metadata sheets) or zip (CSV, datapackage.json, README). */
    format: z.enum(DOWNLOAD_FORMATS, `must be one of ${DOWNLOAD_FORMATS.join(', ')}`).describe('csv, csv-excel, xlsx or zip'),
    /** shown: the territories and periods given; full: every territory and period of the indicator. */
    scope: z.enum(DOWNLOAD_SCOPES, `must be one of ${DOWNLOAD_SCOPES.join(', ')}`).default('shown').describe('shown (the territories and periods given) or full (the whole series)'),
    territory: codeList('territory').optional(),
    from: periodParam.optional().describe('First period, inclusive (e.g. 2015)'),
    to: periodParam.optional().describe('Last period, inclusive (e.g. 2023)'),
    asOf: asOfParam.optional(),
    lang: langParam,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['from'] })
  .superRefine((q, ctx) => {
    // The whole series ignores no choice silently: a selection with scope=full is a mistake to name.
    if (q.scope !== 'full') return;
    for (const key of ['territory', 'from', 'to'] as const) {
      if (q[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'selects what is shown; scope=full takes every territory and period' });
    }
  });
export type IndicatorDownloadQuery = z.infer<typeof indicatorDownloadQuery>;

/** The filters of the actions page, each optional; an action must match all of them. */
export const actionsDownloadQuery = z.object({
  /** csv (comma, decimal point) or xlsx. */
  format: z.enum(['csv', 'xlsx'], 'must be csv or xlsx'),
  lang: langParam,
  /** Semester an action must have an update for, not to be "da aggiornare" (default: the current one). */
  period: safeText().regex(/^\d{4}-S[12]$/, 'must be a semester such as 2024-S2').optional(),
  /** Text in the action's code or title (case and accents ignored). */
  q: safeText().trim().max(200).optional(),
  axis: safeText().max(20).optional().describe('Axis code, e.g. 1'),
  strategy: safeText().max(20).optional().describe('Strategy code, e.g. 1.1'),
  /** A status code, or nessun-aggiornamento (no update yet) or da-aggiornare (open, no update for the period). */
  status: safeText().max(40).optional(),
  zone: safeText().max(40).optional().describe('Zona omogenea code, e.g. ITC11-ZO01'),
  /** An office code, or nessuno for the actions without an office. */
  office: safeText().max(40).optional(),
  funding: safeText().max(40).optional().describe('Funding source type, e.g. pnrr'),
  /** true: only the actions overdue (open, past a milestone or their planned end). */
  overdue: z.enum(['true', 'false'], 'must be true or false').optional(),
});
export type ActionsDownloadQuery = z.infer<typeof actionsDownloadQuery>;
