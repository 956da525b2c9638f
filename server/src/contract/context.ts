import { z } from 'zod';
import { planCodeParam } from './common';

export const contextParams = z.object({ plan: planCodeParam });

/** Indicators of a part of the plan by the direction of their latest change in the plan's territory. */
const trendCounts = {
  /** Distinct indicators linked to this part of the plan (one linked to several strategies counts once). */
  indicators: z.number().int(),
  improving: z.number().int(),
  worsening: z.number().int(),
  stable: z.number().int(),
  /** Neutral polarity, or fewer than two values in the plan's territory (no direction). */
  other: z.number().int(),
  /** Indicators whose links here are all our own judgement (a demonstration), not the plan's. */
  demonstration: z.number().int(),
};
export type TrendCounts = { [K in keyof typeof trendCounts]: number };

export const planContext = z.object({
  /** The plan with the counts over all its indicators. */
  plan: z.object({ code: z.string(), title: z.string(), ...trendCounts }),
  /** The plan's territory, whose series are judged (as on the strategy dashboards); null when the plan has none. */
  territory: z.object({ code: z.string(), name: z.string() }).nullable(),
  /** Every axis of the plan, in code order, with zeros when it has no indicator. */
  axes: z.array(z.object({ code: z.string(), title: z.string(), ...trendCounts })),
  /** Every strategy of the plan, in code order; `axis` is its axis code. */
  strategies: z.array(z.object({ code: z.string(), title: z.string(), axis: z.string(), ...trendCounts })),
});
export type PlanContext = z.infer<typeof planContext>;
