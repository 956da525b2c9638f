import type { z } from 'zod';
import { type AnyRouteDef, defineRoute, fileResponse } from '../../../http/route-def';
import { XLSX_TYPE } from '../../../http/route';
import { currentSemester } from '../../../actions/periods';
import { versionEtag } from '../../../http/etag';
import {
  actionDetail,
  actionParams,
  actionsParams,
  actionStatusList,
  actionTable,
  currentPeriodQuery,
  planRollupOut,
  rollupGroupsOut,
  rollupGroupsQuery,
  rollupQuery,
  tableQuery,
} from '../../../contract/actions';
import { groupRollupCsv } from '../../../actions/group-rollup';
import { matchesActionFilters } from '../../../actions/table-filter';
import { actionsDownloadQuery } from '../../../contract/downloads';
import { actionsDownload } from './download-service';
import { actionsToCsv, actionsToXlsx, getActionDetail, getActionTable, getGroupRollup, getPlanRollup, listStatuses } from './service';
import { statusWriteRoutes } from './status-routes';
import { actionWriteRoutes } from './write-routes';
import { actionRegisterRoutes } from './register-routes';

const TAG = 'Attuazione / Implementation';
const period = (q: { period?: string }) => q.period ?? currentSemester();
/** With asOf, the period defaults to the semester of that moment. */
const periodAsOf = (q: { period?: string; asOf?: { instant: string } }) =>
  q.period ?? currentSemester(q.asOf ? new Date(Date.parse(q.asOf.instant) - 1) : undefined);

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
      'Every action of the plan with its current status (the latest update), progress, the "da aggiornare" flag (open and no update for the current semester, or `period`) and `overdue` (open and past a milestone or its planned end: since when, how many days, why; overdue=true keeps only those). JSON, CSV (format=csv or Accept: text/csv) or XLSX (format=xlsx, status cells in their colour).',
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
    handler: async ({ db, params, query }) => {
      const table = await getActionTable(db, params.plan, period(query));
      return query.overdue ? { ...table, items: table.items.filter((a) => matchesActionFilters(a, { overdue: query.overdue })) } : table;
    },
  }),
  // Before /actions/:code, which would take "download" for an action code.
  defineRoute({
    method: 'get',
    path: '/api/plans/:plan/actions/download',
    notFound: true,
    tag: TAG,
    summary: 'Scarica la tabella delle azioni / Download the actions table',
    description:
      'The actions the filters of the actions page select (q, axis, strategy, status, zone, office, funding, overdue=true; all of them when none is given), with office, planned and actual dates, status, progress, PNRR lines, CUP and amounts, as CSV (comma, decimal point) or XLSX; headers in Italian, or English with lang=en.',
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
      'Actions by status, "da aggiornare", overdue, mean and weighted mean progress (over the actions with a progress) for the plan, each axis and strategy, and per zona omogenea, office and funding source. asOf counts only the updates recorded by then and judges overdue on that day.',
    params: actionsParams,
    query: rollupQuery,
    response: planRollupOut,
    publicCache: true,
    handler: ({ db, params, query }) => getPlanRollup(db, params.plan, periodAsOf(query), query.asOf?.instant),
  }),
  defineRoute({
    method: 'get',
    path: '/api/plans/:plan/rollup/groups',
    notFound: true,
    tag: TAG,
    summary: 'Riepilogo per zona, ufficio o fonte / Roll-up by zone, office or funding source',
    description:
      'The actions per zona omogenea (by=zona), office (by=ufficio) or funding source type (by=finanziamento), then those with none ("non indicato", code null): counts by status, overdue, mean progress and the sum of the fundings\' amounts. An action in several zones or with several sources counts in each. period and asOf as for /rollup. JSON or CSV (format=csv or Accept: text/csv).',
    params: actionsParams,
    query: rollupGroupsQuery,
    response: rollupGroupsOut,
    publicCache: true,
    csv: {
      fileName: (r: z.infer<typeof rollupGroupsOut>) => `riepilogo_${r.by}_${r.plan}.csv`,
      render: (r: z.infer<typeof rollupGroupsOut>) => groupRollupCsv(r),
    },
    handler: ({ db, params, query }) => getGroupRollup(db, params.plan, query.by, periodAsOf(query), query.asOf?.instant),
  }),
  ...statusWriteRoutes,
  ...actionRegisterRoutes,
  ...actionWriteRoutes,
];
