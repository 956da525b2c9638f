import { type AnyRouteDef, defineRoute } from '../../../http/route-def';
import { planList, planParams, planTree } from '../../../contract/plans';
import { getPlanTree, listPlans } from './service';

export const planRoutes: AnyRouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/plans',
    tag: 'Piano / Plan',
    summary: 'Edizioni del piano / Plan editions',
    description: 'Every plan edition with the entries loaded against the totals the plan declares.',
    response: planList,
    publicCache: true,
    handler: async ({ db }) => ({ items: await listPlans(db) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/plans/:plan/tree',
    notFound: true,
    tag: 'Piano / Plan',
    summary: 'Struttura del piano / Plan structure',
    description: 'Axes, their strategies and actions, ordered by code, with loaded and declared counts.',
    params: planParams,
    response: planTree,
    publicCache: true,
    handler: ({ db, params }) => getPlanTree(db, params.plan),
  }),
];
