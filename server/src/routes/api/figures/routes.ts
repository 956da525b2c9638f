import { indicatorFigureParams, indicatorFigureQuery } from '../../../contract/figures';
import { indicatorFigure } from '../../../figures/indicator-figure';
import { renderLineFigure } from '../../../figures/line-figure';
import { svgToPng } from '../../../figures/png';
import { type AnyRouteDef, defineRoute, fileResponse } from '../../../http/route-def';

export const figureRoutes: AnyRouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/figures/indicators/:code.:format',
    notFound: true,
    tag: 'Figure / Figures',
    summary: 'Grafico di un indicatore / Indicator chart',
    description:
      "The indicator page's chart as a figure to download, embed or put in a report: title, subtitle, chart, legend in words, source, data version and licence, in Italian or English. SVG (its <desc> lists every value drawn) or PNG (1× or 2×, the site's font embedded). The same parameters give the same bytes; asOf pins the values to a past moment.",
    params: indicatorFigureParams,
    query: indicatorFigureQuery,
    response: fileResponse,
    file: { contentTypes: ['image/svg+xml', 'image/png'] },
    publicCache: true,
    handler: async ({ db, params, query }) => {
      const { figure } = await indicatorFigure(db, params.code, query);
      const svg = renderLineFigure(figure);
      const name = `${params.code}_${query.lang}${params.format === 'png' && query.scale === '2' ? '_2x' : ''}.${params.format}`;
      return params.format === 'svg'
        ? { body: Buffer.from(svg, 'utf8'), contentType: 'image/svg+xml; charset=utf-8', fileName: name, inline: true }
        : { body: svgToPng(svg, query.scale === '2' ? 2 : 1), contentType: 'image/png', fileName: name, inline: true };
    },
  }),
];
