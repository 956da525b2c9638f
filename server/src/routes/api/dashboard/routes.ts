import { type AnyRouteDef, defineRoute } from '../../../http/route-def';
import { dashboard, dashboardParams, dashboardQuery } from '../../../contract/dashboard';
import { getDashboard } from './service';

export const dashboardRoutes: AnyRouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/plans/:plan/strategies/:code/dashboard',
    notFound: true,
    tag: 'Cruscotto / Dashboard',
    summary: 'Cruscotto della strategia / Strategy dashboard',
    description:
      "Every indicator linked to the strategy with its metadata, its series for the plan's territory and the comparison territories, the latest value, the change from the previous and the first value, and the direction judged by polarity; in one response.",
    params: dashboardParams,
    query: dashboardQuery,
    response: dashboard,
    publicCache: true,
    handler: ({ db, params, query }) => getDashboard(db, params.plan, params.code, query.territories),
  }),
];
