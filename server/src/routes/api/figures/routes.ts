import { indicatorFigureParams, indicatorFigureQuery, rollupFigureParams, rollupFigureQuery } from '../../../contract/figures';
import { renderBarFigure } from '../../../figures/bar-figure';
import { indicatorFigure } from '../../../figures/indicator-figure';
import { renderLineFigure } from '../../../figures/line-figure';
import { svgToPng } from '../../../figures/png';
import { rollupFigure } from '../../../figures/rollup-figure';
import { type AnyRouteDef, defineRoute, type FileResult, fileResponse } from '../../../http/route-def';

const TAG = 'Figure / Figures';
const TYPES = ['image/svg+xml', 'image/png'] as const;

/** The SVG as it is, or drawn as PNG at 1× or 2×; named `<name>_<lang>[_2x].<format>`. */
function figureFile(svg: string, name: string, format: 'svg' | 'png', q: { lang: string; scale: '1' | '2' }): FileResult {
  const fileName = `${name}_${q.lang}${format === 'png' && q.scale === '2' ? '_2x' : ''}.${format}`;
  return format === 'svg'
    ? { body: Buffer.from(svg, 'utf8'), contentType: 'image/svg+xml; charset=utf-8', fileName, inline: true }
    : { body: svgToPng(svg, q.scale === '2' ? 2 : 1), contentType: 'image/png', fileName, inline: true };
}

export const figureRoutes: AnyRouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/figures/indicators/:code.:format',
    notFound: true,
    tag: TAG,
    summary: 'Grafico di un indicatore / Indicator chart',
    description:
      "The indicator page's chart as a figure to download, embed or put in a report: title, subtitle, chart, legend in words, source, data version and licence, in Italian or English. SVG (its <desc> lists every value drawn) or PNG (1× or 2×, the site's font embedded). The same parameters give the same bytes; asOf pins the values to a past moment.",
    params: indicatorFigureParams,
    query: indicatorFigureQuery,
    response: fileResponse,
    file: { contentTypes: TYPES },
    publicCache: true,
    handler: async ({ db, params, query }) => {
      const { figure } = await indicatorFigure(db, params.code, query);
      return figureFile(renderLineFigure({ ...figure, bare: query.bare === '1' }), params.code, params.format, query);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/plans/:plan/figures/rollup.:format',
    notFound: true,
    tag: TAG,
    summary: "Grafico dello stato di attuazione / Implementation roll-up chart",
    description:
      "The status bars of the plan, monitoring and axis pages as a figure: one bar for the plan, one per axis or one per strategy (of one axis), a segment per status with the counts written out, the legend in words, source and date of the latest update. SVG or PNG (1× or 2×).",
    params: rollupFigureParams,
    query: rollupFigureQuery,
    response: fileResponse,
    file: { contentTypes: TYPES },
    publicCache: true,
    handler: async ({ db, params, query }) => {
      const figure = await rollupFigure(db, params.plan, query);
      const name = `${params.plan}_attuazione_${query.strategia ? `strategia-${query.strategia}` : query.asse ? `asse-${query.asse}` : query.livello}`;
      return figureFile(renderBarFigure({ ...figure, bare: query.bare === '1' }), name, params.format, query);
    },
  }),
];
