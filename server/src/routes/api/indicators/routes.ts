import { type AnyRouteDef, defineRoute } from '../../../http/route-def';
import { indicatorDetail, indicatorList, indicatorListQuery, indicatorParams } from '../../../contract/indicators';
import { getIndicator, listIndicators } from './service';
import { indicatorWriteRoutes } from './write-routes';

export const indicatorRoutes: AnyRouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/indicators',
    tag: 'Indicatori / Indicators',
    summary: 'Indicatori di contesto / Context indicators',
    description: 'Filter by source, strategy (and plan) and text; paginated.',
    query: indicatorListQuery,
    response: indicatorList,
    publicCache: true,
    handler: ({ db, query }) => listIndicators(db, query),
  }),
  defineRoute({
    method: 'get',
    path: '/api/indicators/:code',
    notFound: true,
    tag: 'Indicatori / Indicators',
    summary: 'Scheda indicatore / Indicator',
    description: 'Metadata, linked strategies, territories covered, the files the values came from and the targets set for it.',
    params: indicatorParams,
    response: indicatorDetail,
    publicCache: true,
    handler: ({ db, params }) => getIndicator(db, params.code),
  }),
  ...indicatorWriteRoutes,
];
