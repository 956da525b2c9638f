import { z } from 'zod';
import { indicatorMeta, target } from './indicators';
import { comparison, disagreement, latestChange } from './judgement';
import { DIRECTIONS } from './values';
import { codeList, flags, planCodeParam, strategyCodeParam, territoryRef } from './common';

export const dashboardParams = z.object({
  plan: planCodeParam,
  code: strategyCodeParam,
});
export const dashboardQuery = z.object({
  territories: codeList('territory')
    .optional()
    .describe("Territories to show; default: the plan's territory and its region and country"),
});

export const point = flags.extend({ period: z.string(), value: z.number() });
export const change = z.object({
  from: z.string(),
  absolute: z.number(),
  /** Percent change; null when the base value is 0. */
  percent: z.number().nullable(),
});
export const series = z.object({
  territory: territoryRef,
  points: z.array(point),
  latest: point.nullable(),
  /** The latest change, judged; or why it is not computed (a break in series); null: no previous value. */
  change: latestChange,
  /** Null also across a break in series. */
  changeFromPrevious: change.nullable(),
  /** Null also when a break in series lies after the first value. */
  changeFromFirst: change.nullable(),
  /** The latest change judged by the indicator's polarity; unknown across a break. */
  direction: z.enum(DIRECTIONS),
});
export type DashboardSeries = z.infer<typeof series>;
export type DashboardPoint = z.infer<typeof point>;

export const dashboardIndicator = indicatorMeta.extend({
  /** True when the link to the strategy is our own judgement (a demonstration). */
  demonstration: z.boolean(),
  rationale: z.string().nullable(),
  series: z.array(series),
  /** The plan's target for the focus territory the card is judged by (the first after the latest value), with its progress; null: none. */
  target: target.nullable(),
  /** Every comparison territory of the dashboard against the focus one, those without values included. */
  comparisons: z.array(comparison),
  /** The focus territory's latest change and the target's progress, when they disagree (explained on the card). */
  disagreement: disagreement.nullable(),
  /** When we loaded the values: the latest committed import batch's date; null: none. */
  loadedAt: z.string().nullable(),
});

export const dashboard = z.object({
  plan: z.object({ code: z.string(), title: z.string() }),
  axis: z.object({ code: z.string(), title: z.string() }),
  strategy: z.object({ code: z.string(), title: z.string(), sourceUrl: z.string().nullable() }),
  territories: z.array(territoryRef.extend({ role: z.enum(['focus', 'comparison']) })),
  indicators: z.array(dashboardIndicator),
  summary: z.object({
    indicators: z.number().int(),
    improving: z.number().int(),
    worsening: z.number().int(),
    stable: z.number().int(),
    other: z.number().int(),
  }),
});
export type Dashboard = z.infer<typeof dashboard>;
export type DashboardIndicator = z.infer<typeof dashboardIndicator>;
export type DashboardTerritory = Dashboard['territories'][number];
