import { type AnyRouteDef, defineRoute, fileResponse } from '../../../http/route-def';
import { indicatorDownloadQuery } from '../../../contract/downloads';
import { indicatorDetail, indicatorList, indicatorListQuery, indicatorParams } from '../../../contract/indicators';
import { revisionList, revisionQuery } from '../../../contract/revisions';
import { listRevisions } from '../../../indicators/revisions';
import { DOWNLOAD_CONTENT_TYPES, indicatorDownload, renderDownload } from './download-service';
import { getIndicator, listIndicators } from './service';
import { indicatorValueRoutes } from './values-routes';
import { indicatorWriteRoutes } from './write-routes';
import { indicatorPublicationRoutes } from './publication-routes';

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
  defineRoute({
    method: 'get',
    path: '/api/indicators/:code/download',
    notFound: true,
    tag: 'Indicatori / Indicators',
    summary: 'Scarica i dati con i metadati / Download the data with metadata',
    description:
      'The values shown (scope=shown: territory, from, to as on the page) or the whole series (scope=full), current at asOf, as CSV (comma, decimal point), CSV for Excel (semicolon, decimal comma, UTF-8 BOM), XLSX (a data sheet and a metadata sheet: definition, unit, source, licence, citation, data version, flag legend) or ZIP (the CSV, a Frictionless datapackage.json and a README). Headers and texts in Italian, or English with lang=en.',
    params: indicatorParams,
    query: indicatorDownloadQuery,
    response: fileResponse,
    file: { contentTypes: DOWNLOAD_CONTENT_TYPES },
    publicCache: true,
    handler: async ({ db, params, query }) => renderDownload(await indicatorDownload(db, params.code, query), query.format),
  }),
  defineRoute({
    method: 'get',
    path: '/api/indicators/:code/revisions',
    notFound: true,
    tag: 'Indicatori / Indicators',
    summary: 'Valori rivisti dopo la pubblicazione / Values revised after publication',
    description:
      'The points (territory, period) whose value or flags a later import changed: the value first published, or the one current at since, and the one current now (or at asOf), each with the import batch and file that wrote it and when. A report pinned at a moment asks with since=that moment.',
    params: indicatorParams,
    query: revisionQuery,
    response: revisionList,
    publicCache: true,
    handler: ({ db, params, query }) =>
      listRevisions(db, { indicator: params.code, territories: query.territory, since: query.since, asOf: query.asOf }),
  }),
  ...indicatorWriteRoutes,
  ...indicatorPublicationRoutes,
  ...indicatorValueRoutes,
];
