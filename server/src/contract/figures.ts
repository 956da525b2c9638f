import { z } from 'zod';
import { codeList, periodParam, planCodeParam, safeText, strategyCodeParam } from './common';
import { asOfParam } from './observations';

/** Languages a figure is worded in: Italian first, English second. */
export const FIGURE_LANGUAGES = ['it', 'en'] as const;
export const FIGURE_FORMATS = ['svg', 'png'] as const;

export const indicatorFigureParams = z.object({
  code: safeText().min(1).max(100).describe('Indicator code'),
  format: z.enum(FIGURE_FORMATS, `must be one of ${FIGURE_FORMATS.join(', ')}`).describe('svg, or png (with `scale`)'),
});

const figureSize = {
  lang: z.enum(FIGURE_LANGUAGES, 'must be it or en').default('it').describe('Language of the words and numbers (it-IT or en-GB)'),
  width: z.coerce
    .number('must be a whole number from 320 to 1600')
    .int('must be a whole number from 320 to 1600')
    .min(320, 'must be at least 320')
    .max(1600, 'must be at most 1600')
    .default(800)
    .describe('Width in CSS pixels; the height follows the content'),
  scale: z.enum(['1', '2'], 'must be 1 or 2').default('1').describe('PNG only: 2 for a double-density image'),
  bare: z.enum(['0', '1'], 'must be 0 or 1').default('0').describe('1: without title, subtitle and source lines (a report writes them as caption and text)'),
};

/** The view a figure draws: the indicator page's parameters, and how large. */
export const indicatorFigureQuery = z
  .strictObject({
    territori: codeList('territory')
      .optional()
      .describe("Territories drawn, as on the page (default: the plan's territory, the region and the country)"),
    piano: planCodeParam.optional().describe("Plan whose territory comes first and names who processed the data (default: the newest plan)"),
    from: periodParam.optional().describe('First period, inclusive'),
    to: periodParam.optional().describe('Last period, inclusive'),
    asOf: asOfParam.optional(),
    ...figureSize,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['from'] });
export type IndicatorFigureQuery = z.infer<typeof indicatorFigureQuery>;


export const ROLLUP_LEVELS = ['piano', 'assi', 'strategie'] as const;

export const rollupFigureParams = z.object({
  plan: planCodeParam,
  format: z.enum(FIGURE_FORMATS, `must be one of ${FIGURE_FORMATS.join(', ')}`).describe('svg, or png (with `scale`)'),
});

/** Which roll-up: the whole plan, its axes, its strategies (of one axis), or one strategy. */
export const rollupFigureQuery = z.strictObject({
  livello: z.enum(ROLLUP_LEVELS, `must be one of ${ROLLUP_LEVELS.join(', ')}`).default('assi').describe('One bar for the plan, one per axis or one per strategy'),
  asse: safeText().regex(/^\d+$/, 'must be an axis code such as 2').optional().describe('Only the strategies of this axis (with livello=strategie)'),
  strategia: strategyCodeParam.optional().describe('One strategy only'),
  period: safeText().regex(/^\d{4}-S[12]$/, 'must be a semester such as 2024-S2').optional().describe('Semester an action must have an update for (default: the current one, or that of asOf)'),
  asOf: asOfParam.optional().describe('The statuses as they were at that moment: only the updates recorded before it count'),
  ...figureSize,
});
export type RollupFigureQuery = z.infer<typeof rollupFigureQuery>;
