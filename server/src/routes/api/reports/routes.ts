import { z } from 'zod';
import { reportCreate, reportDocument, reportDuplicate, reportExportParams, reportList, reportOut, reportParams, reportPatch } from '../../../contract/reports';
import { planCodeParam } from '../../../contract/common';
import { versionEtag } from '../../../http/etag';
import { type AnyRouteDef, defineRoute, fileResponse, type RouteAuth } from '../../../http/route-def';
import { reportToDocx } from '../../../reports/docx';
import { reportToPdf } from '../../../reports/pdf';
import { resolveReport } from '../../../reports/resolve';
import { createReport, duplicateReport, finaliseReport, getReport, listReports, updateReport } from '../../../reports/service';

const TAG = 'Rapporti / Reports';
/** Report authors: analysts (and admins). */
const AUTHORS: RouteAuth = { roles: ['analyst'] };
type Report = z.infer<typeof reportOut>;
const etag = (r: Report, body: Buffer) => versionEtag(r.version, body);
const location = (r: Report) => `/api/reports/${r.id}`;

/** Safe file name from a report title: letters, digits, dashes. */
const fileStem = (r: Report) => `${r.title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'rapporto'}`;

export const reportRoutes: AnyRouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/reports',
    auth: AUTHORS,
    tag: TAG,
    summary: 'Rapporti / Reports',
    description: 'The reports, latest changed first, optionally of one plan edition; drafts and final ones.',
    query: z.object({ plan: planCodeParam.optional() }),
    response: reportList,
    handler: async ({ db, query }) => ({ items: await listReports(db, query.plan) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/reports',
    auth: AUTHORS,
    tag: TAG,
    summary: 'Nuovo rapporto / New report',
    description: 'A draft: plan edition, title, reference date ("dati al": every number is the one published by the end of that day), language and sections. Audited.',
    body: reportCreate,
    response: reportOut,
    status: 201,
    location,
    etag,
    notFound: true,
    handler: ({ db, body, actor }) => createReport(db, body, actor),
  }),
  defineRoute({
    method: 'get',
    path: '/api/reports/:id',
    auth: AUTHORS,
    notFound: true,
    tag: TAG,
    summary: 'Un rapporto / One report',
    description: 'The report with its sections; its ETag is the If-Match of a change.',
    params: reportParams,
    response: reportOut,
    etag,
    handler: ({ db, params }) => getReport(db, params.id),
  }),
  defineRoute({
    method: 'patch',
    path: '/api/reports/:id',
    auth: AUTHORS,
    notFound: true,
    tag: TAG,
    summary: 'Modifica una bozza / Change a draft',
    description: 'The fields sent replace the stored ones (sections as a whole). If-Match: 428 without it, 409 with currentVersion when someone saved in between, 409 when the report is final. Audited.',
    params: reportParams,
    body: reportPatch,
    response: reportOut,
    ifMatch: true,
    etag,
    problems: [409, 428],
    handler: (ctx) => updateReport(ctx.db, ctx.params.id, ctx.body, () => ctx.ifMatch, ctx.actor),
  }),
  defineRoute({
    method: 'post',
    path: '/api/reports/:id/finalise',
    auth: AUTHORS,
    notFound: true,
    tag: TAG,
    summary: 'Rendi definitivo / Make final',
    description: 'A final report is frozen: it cannot change any more (duplicate it to start the next one). If-Match as for a change. Audited.',
    params: reportParams,
    response: reportOut,
    ifMatch: true,
    etag,
    problems: [409, 428],
    handler: (ctx) => finaliseReport(ctx.db, ctx.params.id, () => ctx.ifMatch, ctx.actor),
  }),
  defineRoute({
    method: 'post',
    path: '/api/reports/:id/duplicate',
    auth: AUTHORS,
    notFound: true,
    tag: TAG,
    summary: 'Duplica / Duplicate',
    description: 'A new draft with the same sections, e.g. the 2026 update started from the 2025 one: a new title and reference date may be given. Audited.',
    params: reportParams,
    body: reportDuplicate,
    response: reportOut,
    status: 201,
    location,
    etag,
    handler: ({ db, params, body, actor }) => duplicateReport(db, params.id, body, actor),
  }),
  defineRoute({
    method: 'get',
    path: '/api/reports/:id/document',
    auth: AUTHORS,
    notFound: true,
    tag: TAG,
    summary: 'Anteprima / Preview',
    description: 'The report resolved as the exports show it: headings, paragraphs, numbered figures (with their address, caption, alternative text and source lines) and tables, every number pinned to the reference date.',
    params: reportParams,
    response: reportDocument,
    handler: async ({ db, params }) => (await resolveReport(db, await getReport(db, params.id))).document,
  }),
  defineRoute({
    method: 'get',
    path: '/api/reports/:id/export.:format',
    auth: AUTHORS,
    notFound: true,
    tag: TAG,
    summary: 'Esporta DOCX o PDF / Export DOCX or PDF',
    description: 'docx: an editable Word document (heading and caption styles, tables, figures with alternative text). pdf: PDF/UA-1, tagged, with language, title, alternative texts, bookmarks and table headers repeated on every page.',
    params: reportExportParams,
    response: fileResponse,
    file: { contentTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/pdf'] },
    handler: async ({ db, params }) => {
      const report = await getReport(db, params.id);
      const resolved = await resolveReport(db, report);
      const fileName = `${fileStem(report)}.${params.format}`;
      return params.format === 'docx'
        ? { body: await reportToDocx(resolved), contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', fileName }
        : { body: reportToPdf(resolved), contentType: 'application/pdf', fileName };
    },
  }),
];
