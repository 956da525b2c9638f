import type { DownloadFormat, DownloadScope } from '@psm/server/contract/values';
import type { Language } from '../../../i18n/i18n';

const e = encodeURIComponent;

/**
 * GET /api/observations for one indicator and the territories shown, always in the same order,
 * so the JSON the chart reads and the file the visitor downloads hold the same values.
 */
export function observationsUrl(indicator: string, territories: readonly string[]): string {
  const params = [`indicator=${e(indicator)}`];
  if (territories.length > 0) params.push(`territory=${territories.map(e).join(',')}`);
  return `/api/observations?${params.join('&')}`;
}

/** GET /api/indicators/:code/revisions for the territories shown, in the order the observations are asked for. */
export function revisionsUrl(indicator: string, territories: readonly string[]): string {
  const query = territories.length > 0 ? `?territory=${territories.map(e).join(',')}` : '';
  return `/api/indicators/${e(indicator)}/revisions${query}`;
}

/**
 * GET /api/indicators/:code/download: the territories shown (scope=shown) or the whole series, in a
 * format, with headers in the page's language (Italian, the server's default, is not written).
 */
export function indicatorDownloadUrl(indicator: string, o: { scope: DownloadScope; format: DownloadFormat; territories: readonly string[]; lang: Language }): string {
  const params = [`format=${o.format}`, `scope=${o.scope}`];
  if (o.scope === 'shown' && o.territories.length > 0) params.push(`territory=${o.territories.map(e).join(',')}`);
  if (o.lang !== 'it') params.push(`lang=${o.lang}`);
  return `/api/indicators/${e(indicator)}/download?${params.join('&')}`;
}
