// Types come from the server's zod contract (type-only: nothing of the server is bundled).
import type { z } from 'zod';
import type { indicatorDetail, indicatorList } from '@psm/server/contract';
import type { observationList } from '@psm/server/contract';
import type { planList, planTree } from '@psm/server/contract';

export type IndicatorDetail = z.infer<typeof indicatorDetail>;
export type IndicatorList = z.infer<typeof indicatorList>;
export type IndicatorListItem = IndicatorList['items'][number];
export type StrategyLink = IndicatorListItem['strategies'][number];
export type Coverage = IndicatorDetail['coverage'][number];
export type CoveredTerritory = Coverage['territory'];
export type ImportBatch = IndicatorDetail['batches'][number];
export type Target = IndicatorDetail['targets'][number];
export type Polarity = IndicatorDetail['polarity'];

export type ObservationList = z.infer<typeof observationList>;
export type Observation = ObservationList['items'][number];

export type PlanList = z.infer<typeof planList>;
export type PlanSummary = PlanList['items'][number];
export type PlanTree = z.infer<typeof planTree>;

/** What the chart and the table need of a value. */
export type SeriesPoint = Pick<Observation, 'period' | 'value' | 'provisional' | 'estimated' | 'breakInSeries'>;

/** One territory's values, oldest first. */
export type Series = { territory: CoveredTerritory; points: SeriesPoint[] };
