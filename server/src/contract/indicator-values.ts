import { z } from 'zod';
import { importReport } from './imports';

/** A save of the value grid or of a template: `true` previews (nothing written), `false` commits. */
export const valuesQuery = z.object({
  dryRun: z
    .enum(['true', 'false'], 'must be true or false')
    .optional()
    .transform((v) => v !== 'false')
    .describe('true (default): a preview, nothing is written; false: the batch is committed'),
});

const flag = z.boolean('must be true or false').optional().default(false);

/**
 * One cell row of the grid, as typed: checked by the service (not here) so that each problem names the
 * territory and period it belongs to (422), like a file's row and column.
 */
export const valueRow = z.object({
  /** Territory code (ITC11, 001272…) or name. */
  territory: z.string('must be text').max(200),
  /** 2024, 2024-Q1, 2024-S1 or 2024-03 (the import's spellings too: 2024Q1, 2024M03). */
  period: z.string('must be text').max(50),
  /** A number, or text with a decimal comma or point; empty or null: the row is left out (counted as missing). */
  value: z.union([z.number(), z.string().max(50)], 'must be a number or text').nullable().optional(),
  provisional: flag,
  estimated: flag,
  breakInSeries: flag,
  note: z.string('must be text').max(2000).nullable().optional(),
  /** The document or act the value comes from: a text (e.g. "DCM 12/2024") or an http(s) link. */
  sourceDocument: z.string('must be text').max(1000).nullable().optional(),
});
export type ValueRow = z.input<typeof valueRow>;

export const valueRowsBody = z.strictObject({
  rows: z.array(valueRow).min(1, 'send at least one row').max(5000, 'at most 5,000 rows per save'),
});
export type ValueRowsBody = z.input<typeof valueRowsBody>;

/** A value as the grid shows it. */
const valueState = z.object({
  value: z.number(),
  provisional: z.boolean(),
  estimated: z.boolean(),
  breakInSeries: z.boolean(),
  note: z.string().nullable(),
  sourceDocument: z.string().nullable(),
});
export type ValueState = z.infer<typeof valueState>;

/** One change a save makes: before is null for a new value. */
export const valueChange = z.object({
  territory: z.object({ code: z.string(), name: z.string() }),
  period: z.string(),
  before: valueState.nullable(),
  after: valueState,
});
export type ValueChange = z.infer<typeof valueChange>;

/** The import's report (counts, errors, batch id once committed) and the changes, before → after. */
export const valuesReport = importReport.extend({
  changes: z.array(valueChange),
  /** More than the 500 changes listed. */
  changesTruncated: z.boolean(),
});
export type ValuesReport = z.infer<typeof valuesReport>;

/** The indicator's current values (the grid's rows). */
export const indicatorValue = valueState.extend({
  territory: z.object({ code: z.string(), name: z.string() }),
  period: z.string(),
  /** The batch (import or manual entry) that wrote the value; null for values written otherwise. */
  batchId: z.number().int().nullable(),
});
export type IndicatorValue = z.infer<typeof indicatorValue>;
export const indicatorValues = z.object({ items: z.array(indicatorValue) });
export type IndicatorValues = z.infer<typeof indicatorValues>;
