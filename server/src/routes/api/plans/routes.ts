import { type AnyRouteDef, defineRoute } from '../../../http/route-def';
import { planList, planParams, planTree } from '../../../contract/plans';
import { planProgress, planProgressParams, progressMethod } from '../../../contract/progress';
import { getPlanTree, listPlans } from './service';
import { getPlanProgress, getProgressMethod } from './progress-service';

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
  defineRoute({
    method: 'get',
    path: '/api/plans/:plan/progress',
    notFound: true,
    tag: 'Piano / Plan',
    summary: 'Progressi verso i traguardi / Progress towards targets',
    description:
      "Indicators per progress status (reached, on track, moderate, insufficient, moving away, not computable) by plan, axis and strategy, each judged by the plan's target in the plan's territory; with the method's thresholds.",
    params: planProgressParams,
    response: planProgress,
    publicCache: true,
    handler: ({ db, params }) => getPlanProgress(db, params.plan),
  }),
  defineRoute({
    method: 'get',
    path: '/api/progress-method',
    tag: 'Piano / Plan',
    summary: 'Metodo dei progressi / Progress method',
    description: 'The thresholds and base year in force of the progress-towards-target status (docs/progress-method.md).',
    response: progressMethod,
    publicCache: true,
    handler: async () => getProgressMethod(),
  }),
];
