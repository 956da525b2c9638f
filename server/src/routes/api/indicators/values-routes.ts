import { z } from 'zod';
import { indicatorValues, valueRowsBody, valuesQuery, valuesReport } from '../../../contract/indicator-values';
import { indicatorParams } from '../../../contract/indicators';
import { type AnyRouteDef, defineRoute, fileResponse, type RouteAuth } from '../../../http/route-def';
import { saveValues } from '../../../imports/manual/manual-entry';
import { listValues, TEMPLATE_MAX_BYTES, uploadValues, valuesTemplate } from './values-service';

const TAG = 'Indicatori / Indicators';
const ANALYSTS: RouteAuth = { roles: ['analyst'] };
/** A preview answers 200; a commit that wrote a batch 201. */
const statusOf = { statuses: [200] as const, pick: (r: z.infer<typeof valuesReport>) => (r.batchId === null ? 200 : 201) as 200 | 201 };
const SAVE =
  'Saved as a batch exactly like an import (format "manuale"): dryRun=true (default) answers the counts (inserted, updated, unchanged, missing) and the changes before → after, writing nothing; dryRun=false writes them in one transaction, closing revised values as an older vintage, and answers the batch id (201), which the import history lists and can roll back. A row without a value is left out (counted as missing). Any bad cell (unknown territory, impossible period such as 2024-13, a value that is not a number, NUL characters, the same territory and period twice) is a 422 whose errors each name the row, the column and the territory and period; nothing is written.';

/** The value grid of an indicator (constructed indicators are typed in by analysts) and its CSV template. */
export const indicatorValueRoutes: AnyRouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/indicators/:code/values',
    auth: ANALYSTS,
    notFound: true,
    tag: TAG,
    summary: "Valori correnti dell'indicatore / The indicator's current values",
    description: 'Every current value by territory and period, with flags, note, source document and the batch that wrote it: the rows of the value grid.',
    params: indicatorParams,
    response: indicatorValues,
    handler: async ({ db, params }) => ({ items: await listValues(db, params.code) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/indicators/:code/values',
    auth: ANALYSTS,
    notFound: true,
    tag: TAG,
    summary: 'Salva i valori inseriti a mano / Save values typed in the grid',
    description: `Rows of territory (code or name), period (2024, 2024-Q1, 2024-S1, 2024-03), value (decimal comma or point), provisional, estimated, breakInSeries, note and sourceDocument (a text or an http(s) link). ${SAVE}`,
    params: indicatorParams,
    query: valuesQuery,
    body: valueRowsBody,
    response: valuesReport,
    status: 201,
    statusOf,
    problems: [422],
    handler: ({ db, params, query, body, actor }) =>
      saveValues(db, actor!, params.code, { rows: body.rows.map((cells, i) => ({ row: i + 1, cells })) }, query.dryRun),
  }),
  defineRoute({
    method: 'get',
    path: '/api/indicators/:code/values/template.csv',
    auth: ANALYSTS,
    notFound: true,
    tag: TAG,
    summary: 'Modello CSV dei valori / Values template (CSV)',
    description:
      'The current values as a CSV to fill in and load back: columns territorio, periodo, valore, provvisorio, stimato, interruzione, nota, documento; ";" separated, decimal comma, flags "sì" or empty, UTF-8 with BOM (Excel opens it as it is).',
    params: indicatorParams,
    response: fileResponse,
    file: { contentTypes: ['text/csv; charset=utf-8'] },
    handler: ({ db, params }) => valuesTemplate(db, params.code),
  }),
  defineRoute({
    method: 'post',
    path: '/api/indicators/:code/values/file',
    auth: ANALYSTS,
    notFound: true,
    tag: TAG,
    summary: 'Carica il modello compilato / Load a filled template',
    description: `multipart/form-data with the field file: the template (CSV with ";" or ",", or XLSX) filled in; its problems name the line and column. ${SAVE}`,
    params: indicatorParams,
    query: valuesQuery,
    requestBody: { contentType: 'multipart/form-data', schema: z.object({ file: z.string().meta({ format: 'binary' }).describe('The filled template.') }), description: 'The filled template.' },
    response: valuesReport,
    status: 201,
    statusOf,
    problems: [413, 415, 422],
    upload: { maxBytes: TEMPLATE_MAX_BYTES },
    handler: ({ db, params, query, upload, actor }) => uploadValues(db, actor!, params.code, upload, query.dryRun),
  }),
];
