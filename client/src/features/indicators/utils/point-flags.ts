import type { SeriesPoint } from '../types';

/** The flags a value may carry, in the order they are read out. */
export const FLAGS = ['provisional', 'estimated', 'breakInSeries'] as const;
export type Flag = (typeof FLAGS)[number];

export const flagsOf = (p: SeriesPoint | null | undefined): Flag[] => (p ? FLAGS.filter((f) => p[f]) : []);

/** Flags present in any of the points, in the legend's order. */
export function flagsPresent(points: Iterable<SeriesPoint>): Flag[] {
  const seen = new Set<Flag>();
  for (const p of points) for (const f of flagsOf(p)) seen.add(f);
  return FLAGS.filter((f) => seen.has(f));
}
