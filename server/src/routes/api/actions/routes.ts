import type { z } from 'zod';
import { type AnyRouteDef, defineRoute, fileResponse } from '../../../http/route-def';
import { XLSX_TYPE } from '../../../http/route';
import { currentSemester } from '../../../actions/periods';
import { versionEtag } from '../../../http/etag';
import { actionDetail, actionParams, actionsParams, actionStatusList, actionTable, currentPeriodQuery, planRollupOut, tableQuery } from '../../../contract/actions';
import { actionsDownloadQuery } from '../../../contract/downloads';
import { actionsDownload } from './download-service';
import { actionsToCsv, actionsToXlsx, getActionDetail, getActionTable, getPlanRollup, listStatuses } from './service';
import { statusWriteRoutes } from './status-routes';
import { actionWriteRoutes } from './write-routes';
import { actionRegisterRoutes } from './register-routes';

const TAG = 'Attuazione / Implementation';
const period = (q: { period?: string }) => q.period ?? currentSemester();

export const actionRoutes: AnyRouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/action-statuses',
    tag: TAG,
    summary: 'Stati di attuazione / Action statuses',
    description: 'The status vocabulary, in order, with RAG and chart colour; closed statuses need no more updates.',
    response: actionStatusList,
    publicCache: true,
    handler: async ({ db }) => ({ items: await listStatuses(db) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/plans/:plan/actions',
    notFound: true,
    tag: TAG,
    summary: 'Azioni e stato di attuazione / Actions with their status',
    description:
      'Every action of the plan with its current status (the latest update), progress and the "da aggiornare" flag (open and no update for the current semester, or `period`). JSON, CSV (format=csv or Accept: text/csv) or XLSX (format=xlsx, status cells in their colour).',
    params: actionsParams,
    query: tableQuery,
    response: actionTable,
    publicCache: true,
    csv: {
      fileName: (t: z.infer<typeof actionTable>) => `azioni_${t.plan}.csv`,
      render: (t: z.infer<typeof actionTable>) => actionsToCsv(t),
    },
    xlsx: {
      fileName: (t: z.infer<typeof actionTable>) => `azioni_${t.plan}.xlsx`,
      render: (t: z.infer<typeof actionTable>) => actionsToXlsx(t),
    },
    handler: ({ db, params, query }) => getActionTable(db, params.plan, period(query)),
  }),
  // Before /actions/:code, which would take "download" for an action code.
  defineRoute({
    method: 'get',
    path: '/api/plans/:plan/actions/download',
    notFound: true,
    tag: TAG,
    summary: 'Scarica la tabella delle azioni / Download the actions table',
    description:
      'The actions the filters of the actions page select (q, axis, strategy, status, zone, office, funding; all of them when none is given), with office, planned and actual dates, status, progress, PNRR lines, CUP and amounts, as CSV (comma, decimal point) or XLSX; headers in Italian, or English with lang=en.',
    params: actionsParams,
    query: actionsDownloadQuery,
    response: fileResponse,
    file: { contentTypes: ['text/csv; charset=utf-8', XLSX_TYPE] },
    publicCache: true,
    handler: ({ db, params, query }) => actionsDownload(db, params.plan, period(query), query),
  }),
  defineRoute({
    method: 'get',
    path: '/api/plans/:plan/actions/:code',
    notFound: true,
    tag: TAG,
    summary: "Scheda dell'azione / Action detail",
    description: 'One action: current status, history newest first, milestones, partners, fundings (PNRR, CUP), zone omogenee and its version. The ETag ("v<version>-…") is what a write sends back in If-Match.',
    params: actionParams,
    query: currentPeriodQuery,
    response: actionDetail,
    publicCache: true,
    etag: (d: z.infer<typeof actionDetail>, body: Buffer) => versionEtag(d.version, body),
    handler: ({ db, params, query }) => getActionDetail(db, params.plan, params.code, period(query)),
  }),
  defineRoute({
    method: 'get',
    path: '/api/plans/:plan/rollup',
    notFound: true,
    tag: TAG,
    summary: 'Riepilogo dello stato di attuazione / Implementation roll-up',
    description:
      'Actions by status, "da aggiornare", mean and weighted mean progress (over the actions with a progress) for the plan, each axis and strategy, and per zona omogenea, office and funding source.',
    params: actionsParams,
    query: currentPeriodQuery,
    response: planRollupOut,
    publicCache: true,
    handler: ({ db, params, query }) => getPlanRollup(db, params.plan, period(query)),
  }),
  ...statusWriteRoutes,
  ...actionRegisterRoutes,
  ...actionWriteRoutes,
];
