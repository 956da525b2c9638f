import { z } from 'zod';
import { counted, planCodeParam } from './common';

export const planParams = z.object({ plan: planCodeParam });

export const planSummary = z.object({
  /** Edition code used in URLs. */
  code: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  periodStart: z.number().int().nullable(),
  periodEnd: z.number().int().nullable(),
  territory: z.object({ code: z.string(), name: z.string() }).nullable(),
  approvedBy: z.string().nullable(),
  approvedOn: z.string().nullable(),
  /** Entries loaded against the totals the plan declares. */
  counts: z.object({ axes: counted, strategies: counted, actions: counted }),
  declaredCountsSource: z.string().nullable(),
});
export type PlanSummary = z.infer<typeof planSummary>;

export const planList = z.object({ items: z.array(planSummary) });

const textSource = { sourceLabel: z.string().nullable(), sourceUrl: z.string().nullable() };

export const actionNode = z.object({ code: z.string(), title: z.string(), description: z.string().nullable(), ...textSource });
export const strategyNode = z.object({
  code: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  ...textSource,
  /** Indicators linked to the strategy (its dashboard). */
  indicatorCount: z.number().int(),
  actions: z.array(actionNode),
});
export const axisNode = z.object({
  code: z.string(),
  title: z.string(),
  altTitle: z.string().nullable(),
  shortLabel: z.string().nullable(),
  description: z.string().nullable(),
  ...textSource,
  strategies: z.array(strategyNode),
});
export const planTree = z.object({ plan: planSummary, axes: z.array(axisNode) });
export type PlanTree = z.infer<typeof planTree>;
export type PlanList = z.infer<typeof planList>;
export type AxisNode = z.infer<typeof axisNode>;
export type StrategyNode = z.infer<typeof strategyNode>;
export type ActionNode = z.infer<typeof actionNode>;
