import { type AnyRouteDef, defineRoute, type RouteAuth } from '../../../http/route-def';
import { importBatch, importBatchDetail, importList, importListQuery, importParams, rollbackResult, uploadForm } from '../../../contract/imports';
import { commitImport, createImport, getImport, type ImportServices, listImports, rollbackImport } from './service';

const tag = 'Importazioni / Imports';
/** Imports are the analysts' work (admins may do everything). */
const ANALYSTS: RouteAuth = { roles: ['analyst'] };
const location = (b: { id: number }) => `/api/imports/${b.id}`;

/** Upload → preview → commit → rollback of indicator files: the analysts' writes. */
export function importRoutes(s: ImportServices): AnyRouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/imports',
      auth: ANALYSTS,
      tag,
      summary: 'Importazioni / Import batches',
      description: 'Every import batch, newest first: uploads, previews, commits, rollbacks (and the batches of the seed data).',
      query: importListQuery,
      response: importList,
      handler: ({ db, query }) => listImports(db, s.jobs, query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/imports',
      auth: ANALYSTS,
      status: 202,
      location,
      tag,
      summary: 'Carica un file / Upload a file',
      description:
        'multipart/form-data with the field file and the options format, indicator, map (repeatable SOURCE=OURS), filter (repeatable dimension=value), createIndicators (true), source. Stores the file, records the batch and starts its preview, which writes nothing: poll the Location until the status is previewed (or invalid), then commit.',
      requestBody: { contentType: 'multipart/form-data', schema: uploadForm, description: 'The file and the import options.' },
      problems: [413, 415],
      response: importBatch,
      upload: {},
      handler: ({ db, upload, actor }) => createImport(db, s, upload, actor),
    }),
    defineRoute({
      method: 'get',
      path: '/api/imports/:id',
      auth: ANALYSTS,
      notFound: true,
      tag,
      summary: 'Stato di una importazione / Import batch',
      description: 'Status, file, options, counts, progress (rows and bytes read) while a job runs, the preview or commit report with every error by row and column.',
      params: importParams,
      response: importBatchDetail,
      handler: ({ db, params }) => getImport(db, s.jobs, params.id),
    }),
    defineRoute({
      method: 'post',
      path: '/api/imports/:id/commit',
      auth: ANALYSTS,
      notFound: true,
      status: 202,
      location,
      tag,
      summary: 'Conferma / Commit',
      description:
        'Writes a previewed batch, all or nothing: new values added, revised ones kept as an older vintage. 409 unless the batch is previewed, without errors and not already imported. Poll the Location until committed.',
      params: importParams,
      problems: [409],
      response: importBatch,
      handler: ({ db, params, actor }) => commitImport(db, s.jobs, params.id, actor),
    }),
    defineRoute({
      method: 'post',
      path: '/api/imports/:id/rollback',
      auth: ANALYSTS,
      notFound: true,
      tag,
      summary: 'Annulla / Roll back',
      description:
        'Undoes a committed batch: removes the values it added and makes current again those it revised. 409 when the batch is not committed or a later batch revised its values (roll that back first).',
      params: importParams,
      problems: [409],
      response: rollbackResult,
      handler: ({ db, params, actor }) => rollbackImport(db, s, params.id, actor),
    }),
  ];
}
