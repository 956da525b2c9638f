import { z } from 'zod';
import { safeText } from './common';
import { TERRITORY_LEVELS } from './values';

export const territoryQuery = z.object({
  level: z.enum(TERRITORY_LEVELS).optional().describe('comune, zona_omogenea, citta_metropolitana, provincia, regione, ripartizione, stato'),
  parent: safeText().min(1).max(40).optional().describe('Code of a territory the results belong to (e.g. ITC11-ZO10)'),
  q: safeText().trim().min(1).max(100).optional().describe('Text in the name'),
  includeSuppressed: z.enum(['true', 'false']).default('false').describe('Include comuni suppressed by mergers'),
});

export const territory = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(TERRITORY_LEVELS),
  istatCode: z.string().nullable(),
  nutsCode: z.string().nullable(),
  number: z.string().nullable(),
  suppressed: z.boolean(),
  parents: z.array(z.object({ code: z.string(), level: z.string(), validFrom: z.string().nullable(), validTo: z.string().nullable() })),
  attributes: z.record(z.string(), z.unknown()),
  sourceUrl: z.string().nullable(),
});
export const territoryList = z.object({ items: z.array(territory), total: z.number().int() });

export type Territory = z.infer<typeof territory>;
export type TerritoryList = z.infer<typeof territoryList>;
