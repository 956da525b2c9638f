import { type MergedRowOf, mergeSeries as mergeModel } from '@psm/server/figures/chart-model';
import type { Series, SeriesPoint } from '../types';

/** One period with each territory's point, or null where that territory has no value. */
export type MergedRow = MergedRowOf<SeriesPoint>;

/**
 * Joins the territories' series on every period of their span (the chart model's, shared with the
 * server's figure renderer), with explicit nulls so the chart draws gaps (connectNulls off).
 */
export const mergeSeries = (series: Series[], extraPeriods: readonly string[] = []): MergedRow[] => mergeModel(series, extraPeriods);

/** The value of one territory in a merged row, as the chart reads it (null: a gap). */
export const valueOf = (code: string) => (row: MergedRow): number | null => row.values[code]?.value ?? null;
