const e = encodeURIComponent;

export type FigureView = { indicator: string; territories: readonly string[]; plan?: string; lang: 'it' | 'en' };

/**
 * GET /api/figures/indicators/:code.svg|png for the view the page shows: the same territories (in
 * the page's order), the plan whose territory leads, the page's language. Parameters always in
 * the same order, so one view is one cached figure.
 */
export function figureUrl(view: FigureView, format: 'svg' | 'png', scale: 1 | 2 = 1): string {
  const params: string[] = [];
  if (view.territories.length > 0) params.push(`territori=${view.territories.map(e).join(',')}`);
  if (view.plan) params.push(`piano=${e(view.plan)}`);
  params.push(`lang=${view.lang}`);
  if (format === 'png' && scale === 2) params.push('scale=2');
  return `/api/figures/indicators/${e(view.indicator)}.${format}?${params.join('&')}`;
}
