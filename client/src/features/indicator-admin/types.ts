// Types come from the server's zod contract (type-only: nothing of the server is bundled).
import type { z } from 'zod';
import type {
  FREQUENCIES,
  indicatorDetail,
  indicatorList,
  indicatorPatch,
  POLARITIES,
  target,
  targetCreate,
} from '@psm/server/contract';
import type { planList, planTree } from '@psm/server/contract';
import type { strategyIndicators, strategyIndicatorsInput } from '@psm/server/contract';
import type { territoryList } from '@psm/server/contract';

export type IndicatorList = z.infer<typeof indicatorList>;
export type IndicatorListItem = IndicatorList['items'][number];
export type IndicatorDetail = z.infer<typeof indicatorDetail>;
export type IndicatorPatch = z.infer<typeof indicatorPatch>;
export type Target = z.infer<typeof target>;
export type TargetCreate = z.infer<typeof targetCreate>;
export type Polarity = (typeof POLARITIES)[number];
export type Frequency = (typeof FREQUENCIES)[number];
export type PlanList = z.infer<typeof planList>;
export type PlanTree = z.infer<typeof planTree>;
export type StrategyIndicators = z.infer<typeof strategyIndicators>;
export type StrategyIndicatorsInput = z.infer<typeof strategyIndicatorsInput>;
export type TerritoryList = z.infer<typeof territoryList>;
export type Territory = TerritoryList['items'][number];

/** Same lists as the server's POLARITIES and FREQUENCIES (the compiler checks each value). */
export const POLARITY_VALUES = ['higher_better', 'lower_better', 'neutral'] as const satisfies readonly Polarity[];
export const FREQUENCY_VALUES = ['annual', 'semiannual', 'quarterly', 'monthly', 'irregular'] as const satisfies readonly Frequency[];
