import { z } from 'zod';
import { planCodeParam, safeText, strategyCodeParam } from './common';

export const strategyIndicatorsParams = z.object({ plan: planCodeParam, code: strategyCodeParam });

/** The whole list of indicators that measure a strategy, in the order to show them (replaces the previous list). */
export const strategyIndicatorsInput = z.strictObject({
  items: z
    .array(
      z.strictObject({
        /** Our indicator code, e.g. BES_10AMB001P. */
        indicator: safeText().trim().min(1, 'is required').max(100),
        /** True when the link is our own judgement (shown as a demonstration), false when the plan itself names the indicator. */
        demonstration: z.boolean('must be true or false'),
        /** Why the indicator measures the strategy; null or omitted for none. */
        rationale: safeText().trim().max(2000).nullable().optional(),
      }),
    )
    .max(200),
});
export type StrategyIndicatorsInput = z.infer<typeof strategyIndicatorsInput>;

export const strategyIndicatorItem = z.object({
  /** Our indicator code. */
  indicator: z.string(),
  name: z.string(),
  demonstration: z.boolean(),
  rationale: z.string().nullable(),
  /** 1-based place in the strategy's list (and on its dashboard). */
  position: z.number().int(),
});

export const strategyIndicators = z.object({
  plan: z.string(),
  strategy: z.string(),
  items: z.array(strategyIndicatorItem),
});
export type StrategyIndicators = z.infer<typeof strategyIndicators>;
export type StrategyIndicatorItem = z.infer<typeof strategyIndicatorItem>;
