import type { z } from 'zod';
import { ANY_ROLE, type AnyRouteDef, defineRoute } from '../../../http/route-def';
import { versionEtag } from '../../../http/etag';
import { officeChoices, officeCreate, officeImportForm, officeImportQuery, officeImportResult, officeList, officeOut, officeParams, officePatch } from '../../../contract/offices';
import { importOfficesUpload, OFFICE_FILE_MAX_BYTES } from './import-service';
import { createOffice, getOffice, listOfficeChoices, listOffices, updateOffice } from './service';

const TAG = 'Uffici / Offices';
type Office = z.infer<typeof officeOut>;
/** A write answers the office as it is after it; its ETag is the next If-Match. */
const etag = (o: Office, body: Buffer) => versionEtag(o.version, body);
const location = (o: Office) => `/api/offices/${encodeURIComponent(o.code)}`;

/** The body's offices and departments, for admins: every write is in the audit log. */
export const officeRoutes: AnyRouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/office-choices',
    auth: ANY_ROLE,
    tag: TAG,
    summary: 'Uffici da scegliere / Offices to choose from',
    description: "The offices not retired (id, code, name), by name: what a form offers, e.g. an indicator's responsible office.",
    response: officeChoices,
    handler: async ({ db }) => ({ items: await listOfficeChoices(db) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/offices',
    auth: 'admin',
    tag: TAG,
    summary: 'Uffici / Offices',
    description: 'Every office, active ones first: code, name, department, e-mail, retired or not, and how many accounts and actions it has.',
    response: officeList,
    handler: async ({ db }) => ({ items: await listOffices(db) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/offices/:code',
    auth: 'admin',
    notFound: true,
    tag: TAG,
    summary: 'Un ufficio / One office',
    description: 'The office; its ETag is the If-Match of a change.',
    params: officeParams,
    response: officeOut,
    etag,
    handler: ({ db, params }) => getOffice(db, params.code),
  }),
  defineRoute({
    method: 'post',
    path: '/api/offices',
    auth: 'admin',
    tag: TAG,
    summary: 'Nuovo ufficio / New office',
    description: 'Code (unique, no spaces), name, department (the code of an active office) and e-mail. 409 when the code is taken.',
    body: officeCreate,
    response: officeOut,
    status: 201,
    location,
    etag,
    problems: [409],
    handler: ({ db, body, actor }) => createOffice(db, body, actor),
  }),
  defineRoute({
    method: 'patch',
    path: '/api/offices/:code',
    auth: 'admin',
    notFound: true,
    tag: TAG,
    summary: 'Modifica un ufficio / Change an office',
    description:
      'Only the fields sent change; retired: true retires the office (it stays on old records but cannot be chosen for new ones), false brings it back. Send the ETag you read in If-Match: 428 without it, 409 (with currentVersion) when someone saved in between, 409 when the new code is taken; nothing is written then.',
    params: officeParams,
    body: officePatch,
    response: officeOut,
    location,
    ifMatch: true,
    etag,
    problems: [409, 428],
    handler: (ctx) => updateOffice(ctx.db, ctx.params.code, ctx.body, () => ctx.ifMatch, ctx.actor),
  }),
  defineRoute({
    method: 'post',
    path: '/api/offices/import',
    auth: 'admin',
    tag: TAG,
    summary: 'Carica gli uffici da un foglio di calcolo / Load offices from a spreadsheet',
    description:
      'multipart/form-data with the field file (.xlsx or .csv, at most 2 MB) and the columns code, name, parent_code, email (Italian headers accepted: codice, nome, codice_padre, e-mail). The whole file is checked first: every problem is a 422 listing row and column, and nothing is written. A valid file is loaded in one transaction (201): new offices added, changed names, departments and e-mails updated. dryRun=true runs the same load and rolls it back (200).',
    query: officeImportQuery,
    requestBody: { contentType: 'multipart/form-data', schema: officeImportForm, description: 'The offices file.' },
    response: officeImportResult,
    status: 201,
    statusOf: { statuses: [200], pick: (r) => (r.dryRun ? 200 : 201) },
    problems: [413, 415, 422],
    upload: { maxBytes: OFFICE_FILE_MAX_BYTES },
    handler: ({ db, upload, query, actor }) => importOfficesUpload(db, upload, actor, query.dryRun),
  }),
];
