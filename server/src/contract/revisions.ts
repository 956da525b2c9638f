import { z } from 'zod';
import { codeList, flags } from './common';
import { type AsOf, asOfParam } from './observations';

/** Flags and value: what a later import may change in a published point. */
export const REVISED_FIELDS = ['value', 'provisional', 'estimated', 'breakInSeries'] as const;

/** The moment in milliseconds; a date's instant past 9999-12-31 (10000-01-01) is later than any other. */
const millis = (m: AsOf) => {
  const ms = Date.parse(m.instant);
  return Number.isNaN(ms) ? Infinity : ms;
};

export const revisionQuery = z
  .object({
    territory: codeList('territory').optional(),
    since: asOfParam
      .optional()
      .describe(
        'Compare with the values published at that moment (a date: end of that day, UTC; or a timestamp with zone); without it, with the value first published',
      ),
    asOf: asOfParam.optional().describe('The revised values as published at that moment; without it, the current ones'),
  })
  .refine((q) => !q.since || !q.asOf || millis(q.since) <= millis(q.asOf), {
    message: 'since must not be after asOf',
    path: ['since'],
  });

/** One published vintage of a point: its value and flags, and the import that wrote it. */
export const revisionVintage = flags.extend({
  value: z.number(),
  /** The import batch that wrote the value, and its format; null for a value written without a batch. */
  importBatchId: z.number().int().nullable(),
  /** How the batch was loaded: an import format (istat-sdmx-csv, json-stat…) or `manuale` (the value grid); never the file's name. */
  format: z.string().nullable(),
  recordedAt: z.iso.datetime().describe('When this value was written (UTC, microseconds): usable as asOf'),
});
export type RevisionVintage = z.infer<typeof revisionVintage>;

export const revision = z.object({
  territory: z.string(),
  territoryName: z.string(),
  period: z.string(),
  /** The value published at `since`, or the first one published. */
  previous: revisionVintage,
  /** The value that replaced it, current now (or at `asOf`); its recordedAt is when the point was revised. */
  current: revisionVintage,
  /** What differs between the two: value and/or flags. */
  changes: z.array(z.enum(REVISED_FIELDS)),
  /** How many imports revised the point between the two (1 when current directly replaced previous). */
  revisions: z.number().int(),
});
export type Revision = z.infer<typeof revision>;

export const revisionList = z.object({
  indicator: z.string(),
  unit: z.string().nullable(),
  /** `since` and `asOf` as asked (null when not given). */
  since: z.string().nullable(),
  asOf: z.string().nullable(),
  /** Points whose value or flags changed, by territory and period. */
  items: z.array(revision),
  total: z.number().int(),
});
export type RevisionList = z.infer<typeof revisionList>;
