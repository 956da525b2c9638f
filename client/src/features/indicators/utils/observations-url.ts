const e = encodeURIComponent;

/**
 * GET /api/observations for one indicator and the territories shown, always in the same order,
 * so the JSON the chart reads and the CSV the visitor downloads are the same query.
 */
export function observationsUrl(indicator: string, territories: readonly string[], format?: 'csv'): string {
  const params = [`indicator=${e(indicator)}`];
  if (territories.length > 0) params.push(`territory=${territories.map(e).join(',')}`);
  if (format) params.push(`format=${format}`);
  return `/api/observations?${params.join('&')}`;
}

/** A file name that says what the download holds: indicator and territories. */
export function csvFileName(indicator: string, territories: readonly string[]): string {
  return `osservazioni_${[indicator, ...territories].join('_')}.csv`.replace(/[^A-Za-z0-9_.-]/g, '_');
}
