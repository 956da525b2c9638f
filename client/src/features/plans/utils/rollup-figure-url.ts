const e = encodeURIComponent;

export type RollupView = { livello?: 'piano' | 'assi' | 'strategie'; asse?: string; strategia?: string };

/** GET /api/plans/:plan/figures/rollup.svg|png: the status bars of a page as a figure, in the page's language. */
export function rollupFigureUrl(plan: string, view: RollupView, format: 'svg' | 'png', scale: 1 | 2, lang: 'it' | 'en'): string {
  const params: string[] = [];
  if (view.livello) params.push(`livello=${view.livello}`);
  if (view.asse) params.push(`asse=${e(view.asse)}`);
  if (view.strategia) params.push(`strategia=${e(view.strategia)}`);
  params.push(`lang=${lang}`);
  if (format === 'png' && scale === 2) params.push('scale=2');
  return `/api/plans/${e(plan)}/figures/rollup.${format}?${params.join('&')}`;
}
