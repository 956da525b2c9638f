import { type AnyRouteDef, defineRoute } from '../../../http/route-def';
import { strategyIndicators, strategyIndicatorsInput, strategyIndicatorsParams } from '../../../contract/strategy-indicators';
import { getStrategyIndicators, setStrategyIndicators } from './service';

const TAG = 'Indicatori / Indicators';
const PATH = '/api/plans/:plan/strategies/:code/indicators';

/** Which indicators measure a strategy: read by anyone, kept by the analysts. */
export const strategyIndicatorRoutes: AnyRouteDef[] = [
  defineRoute({
    method: 'get',
    path: PATH,
    notFound: true,
    tag: TAG,
    summary: 'Indicatori della strategia / Indicators of a strategy',
    description: "The indicators linked to the strategy in the order of its dashboard, each with whether the link is our own judgement (demonstration) and why.",
    params: strategyIndicatorsParams,
    response: strategyIndicators,
    publicCache: true,
    handler: ({ db, params }) => getStrategyIndicators(db, params.plan, params.code),
  }),
  defineRoute({
    method: 'put',
    path: PATH,
    auth: { roles: ['analyst'] },
    notFound: true,
    tag: TAG,
    summary: 'Sostituisce gli indicatori della strategia / Replace the indicators of a strategy',
    description:
      '`{"items":[{"indicator":"BES_10AMB001P","demonstration":true,"rationale":"…"}]}` replaces the whole list; the order is the dashboard\'s. An unknown indicator is a 400 naming `items.N.indicator` and the code, one listed twice a 400 naming both positions; nothing is written then. One transaction; the audit log keeps the list before and after.',
    params: strategyIndicatorsParams,
    body: strategyIndicatorsInput,
    response: strategyIndicators,
    handler: ({ db, params, body, actor }) => setStrategyIndicators(db, actor!, params.plan, params.code, body),
  }),
];
