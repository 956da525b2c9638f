import { type AnyRouteDef, defineRoute } from '../../../http/route-def';
import type { z } from 'zod';
import { observationList, observationQuery } from '../../../contract/observations';
import { listObservations, observationsToCsv } from './service';

type Result = z.infer<typeof observationList>;

export const observationRoutes: AnyRouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/observations',
    notFound: true,
    tag: 'Dati / Data',
    summary: 'Serie storiche / Observations',
    description:
      'Current values of one or more indicators, by territory and period, each traceable to the file and line it came from. asOf gives the values as published at a past moment, vintages=all every revision. JSON, or CSV with format=csv or Accept: text/csv.',
    query: observationQuery,
    response: observationList,
    publicCache: true,
    csv: {
      // Names what was downloaded: the indicators and (up to six) the territories of the rows.
      fileName: (r: Result) => {
        const territories = [...new Set(r.items.map((o) => o.territory))];
        const where = territories.length > 6 ? [...territories.slice(0, 6), 'altri'] : territories;
        return `osservazioni_${[...r.indicators, ...where].join('_')}.csv`.replace(/[^A-Za-z0-9_.-]/g, '_');
      },
      render: (r: Result) => observationsToCsv(r.items),
    },
    handler: async ({ db, query }) => {
      const items = await listObservations(db, query);
      const result: Result = { items, total: items.length, indicators: query.indicator };
      return result;
    },
  }),
];
