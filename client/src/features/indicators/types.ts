// View models of the indicator page (the API's types come from @psm/server/contract).
import type { CoveredTerritory, Observation } from '@psm/server/contract';

/** What the chart and the table need of a value. */
export type SeriesPoint = Pick<Observation, 'period' | 'value' | 'provisional' | 'estimated' | 'breakInSeries'>;

/** One territory's values, oldest first. */
export type Series = { territory: CoveredTerritory; points: SeriesPoint[] };
