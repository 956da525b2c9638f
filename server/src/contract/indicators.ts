import { z } from 'zod';
import { httpUrl, idParam, isoDate, MAX_INT32, planCodeParam, safeText } from './common';
import { targetProgress } from './progress';
import { FREQUENCIES, INDICATOR_KINDS, INDICATOR_SOURCES, POLARITIES } from './values';

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
  polarity: z.enum(POLARITIES),
  polarityNote: z.string().nullable(),
  kind: z.enum(INDICATOR_KINDS),
  frequency: z.string(),
  licence: z.string().nullable(),
  theme: z.string().nullable(),
  notes: z.string().nullable(),
  /** When the source released the values we hold (YYYY-MM-DD); null: not stated. */
  releaseDate: z.string().nullable(),
  /** When the source's next release is expected (YYYY-MM-DD); null: not stated. */
  nextRelease: z.string().nullable(),
  /** Id of the office responsible for the indicator; null: none named. */
  responsibleOfficeId: z.number().int().nullable(),
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
  source: z.enum(INDICATOR_SOURCES).optional().describe('Source of the series'),
  plan: planCodeParam.optional(),
  strategy: safeText()
    .regex(/^\d+\.\d+$/, 'must be a strategy code such as 2.1')
    .optional()
    .describe('Strategy code (with plan; without it, any plan)'),
  q: safeText().trim().min(1).max(100).optional().describe('Text in code, name or definition'),
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

export const indicatorParams = z.object({ code: safeText().min(1).max(100) });

/** An import batch that brought values of the indicator; public, so no file name or path (the back-office shows those). */
export const importBatchRef = z.object({
  id: z.number().int(),
  format: z.string(),
  checksum: z.string(),
  createdAt: z.string(),
  observations: z.number().int(),
});

/** A value the indicator should reach in a territory by a period, as a plan or another document sets it. */
export const target = z.object({
  id: z.number().int(),
  territory: z.object({ code: z.string(), name: z.string() }),
  /** Code of the plan edition that sets the target; null when another document does (e.g. an EU or national goal). */
  plan: z.string().nullable(),
  /** 2030, 2030-Q1, 2030-S1 or 2030-03, as the observations write periods. */
  period: z.string(),
  value: z.number(),
  description: z.string().nullable(),
  /** Where the target is published. */
  sourceUrl: z.string(),
  /** How the territory's series is heading for the target (docs/progress-method.md). */
  progress: targetProgress,
});
export type Target = z.infer<typeof target>;

export const indicatorDetail = indicatorListItem.extend({
  coverage: z.array(coverage),
  batches: z.array(importBatchRef),
  /** Targets set for the indicator, by territory, plan and period. */
  targets: z.array(target),
  /** When we loaded the values shown: the latest committed import batch's date; null: none. */
  loadedAt: z.string().nullable(),
  /** The office responsible for the indicator; null: none named. */
  responsibleOffice: z.object({ id: z.number().int(), code: z.string(), name: z.string() }).nullable(),
});
export type IndicatorDetail = z.infer<typeof indicatorDetail>;

/** A period as the observations store it. */
export const targetPeriod = safeText()
  .regex(/^\d{4}(-(Q[1-4]|S[12]|0[1-9]|1[0-2]))?$/, 'must be a period such as 2030, 2030-Q1, 2030-S1 or 2030-03');

export const targetCreate = z.strictObject({
  /** Territory code, e.g. ITC11. */
  territory: safeText().trim().min(1, 'is required').max(100),
  period: targetPeriod,
  value: z.number('must be a number').gt(-1e14, 'must be above -10^14').lt(1e14, 'must be below 10^14'),
  description: safeText().trim().max(5000).nullable().optional(),
  /** Where the target is published (required: a target must be sourced). */
  sourceUrl: httpUrl,
  /** Code of the plan edition that sets it; omitted or null when another document does. */
  plan: planCodeParam.nullable().optional(),
});
export type TargetCreate = z.infer<typeof targetCreate>;

export const targetParams = z.object({
  code: indicatorParams.shape.code,
  id: idParam,
});
export const targetDeleted = z.object({ deleted: z.number().int() });

/** A text that may be cleared with null but not left empty. */
const optionalText = (max: number) => safeText().trim().min(1, 'must not be empty (send null to clear it)').max(max).nullable().optional();

/** The metadata fields an analyst keeps (PATCH changes them; POST sets them on a new indicator). */
const metadataFields = {
  name: safeText().trim().min(1, 'is required').max(500).optional(),
  nameEn: optionalText(500),
  definition: optionalText(5000),
  unit: optionalText(100),
  /** Decimals to show, 0 to 6; null for the default. */
  decimals: z.number('must be a whole number from 0 to 6').int('must be a whole number from 0 to 6').min(0, 'must be from 0 to 6').max(6, 'must be from 0 to 6').nullable().optional(),
  sourceAgency: optionalText(500),
  sourceDataset: optionalText(500),
  /** Where the data are published. */
  sourceUrl: httpUrl.nullable().optional(),
  polarity: z.enum(POLARITIES, `must be one of ${POLARITIES.join(', ')}`).optional(),
  /** Why the polarity is what it is, when it is not obvious. */
  polarityNote: optionalText(2000),
  frequency: z.enum(FREQUENCIES, `must be one of ${FREQUENCIES.join(', ')}`).optional(),
  licence: optionalText(500),
  theme: optionalText(200),
  notes: optionalText(5000),
};

/** The indicator's metadata an analyst may change; only the fields sent change (code, source and kind never do). */
export const indicatorPatch = z
  .strictObject({
    ...metadataFields,
    /** When the source released the values we hold; null to clear. */
    releaseDate: isoDate.nullable().optional(),
    /** When the source's next release is expected; null to clear. */
    nextRelease: isoDate.nullable().optional(),
    /** Id of the office responsible (an office not retired); null to clear. */
    responsibleOfficeId: z.number('must be an office id').int('must be an office id').min(1, 'must be an office id').max(MAX_INT32, 'must be an office id').nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'send at least one field to change');
export type IndicatorPatch = z.infer<typeof indicatorPatch>;

/** An indicator's code: upper-case letters, digits, `_` and `-`, starting with a letter. */
export const INDICATOR_CODE = /^[A-Z][A-Z0-9_-]{1,39}$/;

/** A new indicator (typically a constructed one, built from data the body collects): code, source, kind and its metadata. */
export const indicatorCreate = z.strictObject({
  ...metadataFields,
  code: safeText().trim().regex(INDICATOR_CODE, 'must be 2 to 40 upper-case letters, digits, _ or -, starting with a letter'),
  name: metadataFields.name.unwrap(),
  source: z.enum(INDICATOR_SOURCES, `must be one of ${INDICATOR_SOURCES.join(', ')}`),
  kind: z.enum(INDICATOR_KINDS, `must be one of ${INDICATOR_KINDS.join(', ')}`),
});
export type IndicatorCreate = z.infer<typeof indicatorCreate>;

export type StrategyLink = z.infer<typeof strategyLink>;
export type Coverage = z.infer<typeof coverage>;
/** A territory the indicator has values for. */
export type CoveredTerritory = Coverage['territory'];
export type ImportBatchRef = z.infer<typeof importBatchRef>;
export type IndicatorListItem = z.infer<typeof indicatorListItem>;
export type IndicatorList = z.infer<typeof indicatorList>;
