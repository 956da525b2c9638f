// Types come from the server's zod contract (type-only: nothing of the server is bundled).
import type { z } from 'zod';
import type { dashboard } from '@psm/server/contract';

export type Dashboard = z.infer<typeof dashboard>;
export type DashboardIndicator = Dashboard['indicators'][number];
export type IndicatorSeries = DashboardIndicator['series'][number];
export type SeriesPoint = IndicatorSeries['points'][number];
export type Direction = IndicatorSeries['direction'];
export type DashboardTerritory = Dashboard['territories'][number];
