import { z } from 'zod';
import { codeList, flags, isoDate, isoDateTime, periodParam } from './common';

/** The day after `date` (YYYY-MM-DD), at midnight UTC; after 9999-12-31 too (PostgreSQL reads a five-digit year, not JavaScript's +010000). */
const nextDayUtc = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().replace(/^\+0?/, '');

/**
 * The moment a reading looks back to. A date covers the whole day (UTC): rows recorded before the
 * next midnight. A timestamp is kept as written, so its microseconds and zone reach the database.
 * `written` is the parameter as sent, for what a download says its data are "as of".
 */
export const asOfParam = z
  .union(
    [
      isoDate.transform((d) => ({ instant: nextDayUtc(d), inclusive: false, written: d })),
      isoDateTime.transform((t) => ({ instant: t, inclusive: true, written: t })),
    ],
    { error: 'must be a date (2025-11-24) or a timestamp with zone (2025-11-24T18:00:00Z)' },
  )
  .describe('The values as published at that moment: a date (end of that day, UTC) or an ISO timestamp with zone');

export type AsOf = z.infer<typeof asOfParam>;

export const observationQuery = z
  .object({
    indicator: codeList('indicator').describe('Indicator code(s), comma-separated'),
    territory: codeList('territory').optional(),
    from: periodParam.optional().describe('First period, inclusive (e.g. 2015)'),
    to: periodParam.optional().describe('Last period, inclusive (e.g. 2023)'),
    asOf: asOfParam.optional(),
    vintages: z
      .enum(['current', 'all'])
      .default('current')
      .describe('all: every vintage, current and superseded, oldest first within a period (revision history)'),
    format: z.enum(['json', 'csv']).optional().describe('csv for a download; or send Accept: text/csv'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['from'] })
  .refine((q) => !(q.asOf && q.vintages === 'all'), {
    message: 'vintages=all lists every vintage and cannot be combined with asOf',
    path: ['vintages'],
  });

export const observation = flags.extend({
  indicator: z.string(),
  territory: z.string(),
  territoryName: z.string(),
  period: z.string(),
  value: z.number(),
  unit: z.string().nullable(),
  note: z.string().nullable(),
  /** Where the value was read: the import batch's file and line, and the page it cites when known. */
  sourceFile: z.string().nullable(),
  sourceRow: z.number().int().nullable(),
  sourceUrl: z.string().nullable(),
  recordedAt: z.iso.datetime().describe('When this value was written (UTC, microseconds): usable as asOf to see that vintage'),
  importBatchId: z.number().int().nullable().describe('The import batch that wrote this value'),
  supersededAt: z.iso
    .datetime()
    .nullable()
    .describe('When a later import revised this value; null while it is the current one'),
});
export type Observation = z.infer<typeof observation>;

export const observationList = z.object({
  items: z.array(observation),
  total: z.number().int(),
  /** The indicator codes asked for. */
  indicators: z.array(z.string()),
});
export type ObservationList = z.infer<typeof observationList>;
