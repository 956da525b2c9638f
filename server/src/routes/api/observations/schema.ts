import { z } from 'zod';
import { codeList, flags, periodParam } from '../shared-schema';

export const observationQuery = z
  .object({
    indicator: codeList('indicator').describe('Indicator code(s), comma-separated'),
    territory: codeList('territory').optional(),
    from: periodParam.optional().describe('First period, inclusive (e.g. 2015)'),
    to: periodParam.optional().describe('Last period, inclusive (e.g. 2023)'),
    format: z.enum(['json', 'csv']).optional().describe('csv for a download; or send Accept: text/csv'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['from'] });

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
});
export type Observation = z.infer<typeof observation>;

export const observationList = z.object({
  items: z.array(observation),
  total: z.number().int(),
  /** The indicator codes asked for. */
  indicators: z.array(z.string()),
});
