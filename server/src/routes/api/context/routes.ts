import { type AnyRouteDef, defineRoute } from '../../../http/route-def';
import { contextParams, planContext } from '../../../contract/context';
import { getPlanContext } from './service';

export const contextRoutes: AnyRouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/plans/:plan/context',
    notFound: true,
    tag: 'Cruscotto / Dashboard',
    summary: 'Andamento del contesto / Context trend',
    description:
      "The plan's indicators by the direction of their latest change in the plan's territory (improving, worsening, stable, other), judged by polarity as on the strategy dashboards, for the whole plan, each axis and each strategy, with how many rest on our own judgement (demonstration). An indicator linked to several strategies counts once for their axis and once for the plan.",
    params: contextParams,
    response: planContext,
    publicCache: true,
    handler: ({ db, params }) => getPlanContext(db, params.plan),
  }),
];
