import type { Series } from '../types';

/** A comparison this many times larger than the plan territory flattens the plan territory's line. */
const SCALE_RATIO = 4;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * The series to draw, and those left out because their values are of another order than the plan
 * territory's (counts such as firms in Italy vs in Torino): drawn together, the plan territory's
 * line would be flat at the bottom. Left-out series stay in the table and are named under the chart.
 */
export function chartSeries(series: Series[], focusCode: string | undefined) {
  const withData = series.filter((s) => s.points.length > 0);
  const focus = withData.find((s) => s.territory.code === focusCode);
  if (!focus) return { drawn: withData, offScale: [] as Series[] };
  // Only magnitudes (all values positive) have a scale to compare; rates around zero do not.
  const positive = (s: Series) => s.points.every((p) => p.value > 0);
  const focusMedian = median(focus.points.map((p) => p.value));
  const offScale = positive(focus)
    ? withData.filter((s) => s !== focus && positive(s) && median(s.points.map((p) => p.value)) / focusMedian > SCALE_RATIO)
    : [];
  return { drawn: withData.filter((s) => !offScale.includes(s)), offScale };
}
