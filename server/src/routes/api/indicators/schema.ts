import { z } from 'zod';
import { codeList, planCodeParam } from '../shared-schema';

export const indicatorMeta = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  definition: z.string().nullable(),
  unit: z.string().nullable(),
  decimals: z.number().int().nullable(),
  /** istat, bes, eurostat, infocamere, ente, other. */
  source: z.string(),
  sourceAgency: z.string().nullable(),
  sourceDataset: z.string().nullable(),
  sourceCode: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  /** higher_better, lower_better or neutral. */
  polarity: z.enum(['higher_better', 'lower_better', 'neutral']),
  polarityNote: z.string().nullable(),
  kind: z.enum(['structured', 'constructed']),
  frequency: z.string(),
  licence: z.string().nullable(),
  theme: z.string().nullable(),
  notes: z.string().nullable(),
});
export type IndicatorMeta = z.infer<typeof indicatorMeta>;

export const strategyLink = z.object({
  plan: z.string(),
  strategy: z.string(),
  title: z.string(),
  /** True when the link is our own judgement, shown as a demonstration. */
  demonstration: z.boolean(),
  rationale: z.string().nullable(),
});

export const coverage = z.object({
  territory: z.object({ code: z.string(), name: z.string(), level: z.string() }),
  observations: z.number().int(),
  firstPeriod: z.string(),
  lastPeriod: z.string(),
});

export const indicatorListQuery = z.object({
  source: z.enum(['istat', 'bes', 'eurostat', 'infocamere', 'ente', 'other']).optional().describe('Source of the series'),
  plan: planCodeParam.optional(),
  strategy: z
    .string()
    .regex(/^\d+\.\d+$/, 'must be a strategy code such as 2.1')
    .optional()
    .describe('Strategy code (with plan; without it, any plan)'),
  q: z.string().trim().min(1).max(100).optional().describe('Text in code, name or definition'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const indicatorListItem = indicatorMeta.extend({ strategies: z.array(strategyLink) });
export const indicatorList = z.object({
  items: z.array(indicatorListItem),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});

export const indicatorParams = z.object({ code: z.string().min(1).max(100) });

export const importBatchRef = z.object({
  id: z.number().int(),
  fileName: z.string(),
  format: z.string(),
  checksum: z.string(),
  createdAt: z.string(),
  observations: z.number().int(),
});

export const indicatorDetail = indicatorListItem.extend({
  coverage: z.array(coverage),
  batches: z.array(importBatchRef),
});

export { codeList };
