import { strings } from '../../../lib/strings';
import type { SeriesPoint } from '../types';

const FLAG_ORDER = ['provisional', 'estimated', 'breakInSeries'] as const;

/** The flag letters of a point, e.g. "(p)" or "(p, i)"; empty when the value is final. */
export function pointFlagLabel(p: SeriesPoint): string {
  const letters = FLAG_ORDER.filter((f) => p[f]).map((f) => strings.dashboard.flags[f]);
  return letters.length ? `(${letters.join(', ')})` : '';
}

export const hasFlags = (p: SeriesPoint): boolean => FLAG_ORDER.some((f) => p[f]);
