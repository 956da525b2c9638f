import { type AnyRouteDef, defineRoute } from '../../../http/route-def';
import { territoryList, territoryQuery } from '../../../contract/territories';
import { listTerritories } from './service';

export const territoryRoutes: AnyRouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/territories',
    notFound: true,
    tag: 'Territori / Territories',
    summary: 'Territori / Territories',
    description: 'Comuni (ISTAT codes), zone omogenee, the metropolitan city, region and country, with their memberships.',
    query: territoryQuery,
    response: territoryList,
    publicCache: true,
    handler: async ({ db, query }) => {
      const items = await listTerritories(db, query);
      return { items, total: items.length };
    },
  }),
];
