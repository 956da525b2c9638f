import { z } from 'zod';
import { idParam, isoDate, planCodeParam, safeText, strategyCodeParam } from './common';
import { FIGURE_LANGUAGES, ROLLUP_LEVELS } from './figures';
import { FUNDING_SOURCES } from './values';

const text = (max: number) => safeText().max(max, `must be at most ${max} characters`);

/** The sections a report is made of, in order. `text` of figures and summaries: the author's sentences (null: the ones proposed from the data). */
export const reportSection = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('heading'), text: text(300).trim().min(1, 'is required') }),
    z.strictObject({ kind: z.literal('text'), markdown: text(20000).describe('Paragraphs, lists (- item), *emphasis*, **strong**, [links](https://…)') }),
    z.strictObject({
      kind: z.literal('indicator'),
      indicator: safeText().min(1).max(100).describe('Indicator code'),
      territories: z.array(safeText().min(1).max(50)).max(5, 'at most 5 territories').optional().describe("Territories drawn (default: the plan's territory, region and country)"),
      table: z.boolean().default(false).describe('Add the table of the values drawn'),
      text: text(5000).nullable().default(null),
    }),
    z.strictObject({ kind: z.literal('strategy'), strategy: strategyCodeParam, text: text(5000).nullable().default(null) }),
    z.strictObject({
      kind: z.literal('status-table'),
      by: z.enum(['axis', 'strategy'], 'must be axis or strategy'),
      zone: safeText().min(1).max(50).optional().describe('Only the actions in this zona omogenea (territory code)'),
      office: safeText().min(1).max(50).optional().describe('Only the actions of this office (code)'),
      funding: z.enum(FUNDING_SOURCES, `must be one of ${FUNDING_SOURCES.join(', ')}`).optional().describe('Only the actions with this funding source'),
    }),
    z.strictObject({ kind: z.literal('coherence') }),
    z.strictObject({
      kind: z.literal('rollup'),
      livello: z.enum(ROLLUP_LEVELS, `must be one of ${ROLLUP_LEVELS.join(', ')}`),
      asse: safeText().regex(/^\d+$/, 'must be an axis code such as 2').optional(),
    }),
  ],
  { error: 'kind must be one of heading, text, indicator, strategy, status-table, rollup, coherence' },
);
export type ReportSection = z.infer<typeof reportSection>;

export const reportSections = z.array(reportSection).max(200, 'at most 200 sections');

export const REPORT_STATUSES = ['draft', 'final'] as const;

export const reportCreate = z.strictObject({
  plan: planCodeParam,
  title: text(300).trim().min(1, 'is required'),
  referenceDate: isoDate.describe('"Dati al": every number is the value published by the end of that day'),
  lang: z.enum(FIGURE_LANGUAGES, 'must be it or en').default('it'),
  sections: reportSections.default([]),
});
export type ReportCreate = z.infer<typeof reportCreate>;

/** A change of a draft: the fields sent replace the stored ones (sections as a whole). */
export const reportPatch = z
  .strictObject({
    title: text(300).trim().min(1, 'is required').optional(),
    referenceDate: isoDate.optional(),
    lang: z.enum(FIGURE_LANGUAGES, 'must be it or en').optional(),
    sections: reportSections.optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'send at least one field to change', path: ['body'] });
export type ReportPatch = z.infer<typeof reportPatch>;

export const reportDuplicate = z.strictObject({
  title: text(300).trim().min(1, 'is required').optional().describe('Default: the title with "(copia)"'),
  referenceDate: isoDate.optional().describe('Default: the same date'),
});

export const reportParams = z.object({ id: idParam });
export const reportExportParams = z.object({ id: idParam, format: z.enum(['docx', 'pdf'], 'must be docx or pdf') });

export const reportOut = z.object({
  id: z.number().int(),
  plan: z.string(),
  planTitle: z.string(),
  title: z.string(),
  referenceDate: z.string(),
  lang: z.enum(FIGURE_LANGUAGES),
  status: z.enum(REPORT_STATUSES),
  sections: reportSections,
  version: z.number().int(),
  duplicatedFrom: z.number().int().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finalisedAt: z.string().nullable(),
});
export type ReportOut = z.infer<typeof reportOut>;

export const reportList = z.object({ items: z.array(reportOut.omit({ sections: true }).extend({ sectionCount: z.number().int() })) });

/** A resolved report: what its preview, DOCX and PDF show, every number pinned to the reference date. */
const inline = z.object({ text: z.string(), strong: z.boolean().optional(), em: z.boolean().optional(), href: z.string().optional() });
const paragraph = z.object({ kind: z.literal('paragraph'), runs: z.array(inline) });
const list = z.object({ kind: z.literal('list'), items: z.array(z.array(inline)) });
const tableBlock = z.object({
  kind: z.literal('table'),
  number: z.number().int(),
  caption: z.string(),
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  /** Columns holding numbers (right-aligned). */
  numeric: z.array(z.number().int()),
  source: z.array(z.string()),
});
const figureBlock = z.object({
  kind: z.literal('figure'),
  number: z.number().int(),
  caption: z.string(),
  /** The figure's address (GET), pinned to the reference date. */
  src: z.string(),
  alt: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  source: z.array(z.string()),
});
const headingBlock = z.object({ kind: z.literal('heading'), text: z.string(), level: z.number().int() });
/** Every block says which section (index) it comes from. */
const fromSection = { section: z.number().int() };
export const reportBlock = z.discriminatedUnion('kind', [
  headingBlock.extend(fromSection),
  paragraph.extend(fromSection),
  list.extend(fromSection),
  tableBlock.extend(fromSection),
  figureBlock.extend(fromSection),
]);
export type ReportBlock = z.infer<typeof reportBlock>;

export const reportDocument = z.object({
  report: reportOut,
  /** The moment every number is read at (end of the reference date, UTC). */
  asOf: z.string(),
  blocks: z.array(reportBlock),
  /** The sentences proposed from the data for each indicator and strategy section (by index), whether or not the author replaced them. */
  proposals: z.array(z.object({ section: z.number().int(), text: z.string() })),
  /**
   * "Rivisto dopo la pubblicazione": values the report quotes (as published by its date) that a later
   * import changed: which figure, old → new, which file, when.
   */
  revisions: z.array(
    z.object({
      section: z.number().int(),
      figure: z.number().int(),
      indicator: z.string(),
      territory: z.string(),
      territoryName: z.string(),
      period: z.string(),
      quoted: z.number(),
      current: z.number(),
      unit: z.string().nullable(),
      /** How the revising batch was loaded (import format or `manuale`). */
      format: z.string().nullable(),
      revisedAt: z.string(),
    }),
  ),
});
export type ReportDocument = z.infer<typeof reportDocument>;
