import { actionRegisterForm, actionRegisterQuery, actionRegisterResult } from '../../../contract/action-register';
import { actionsParams } from '../../../contract/actions';
import { XLSX_TYPE } from '../../../http/route';
import { type AnyRouteDef, defineRoute, fileResponse } from '../../../http/route-def';
import { actionRegisterTemplate, loadActionRegister, REGISTER_FILE_MAX_BYTES } from './register-service';

const TAG = 'Attuazione / Implementation';

/** The action register: the monitoring data of many actions of a plan from one spreadsheet (admins). */
export const actionRegisterRoutes: AnyRouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/plans/:plan/actions/register/template.xlsx',
    auth: 'admin',
    notFound: true,
    tag: TAG,
    summary: 'Modello del registro delle azioni / Action register template',
    description:
      "An XLSX with a row per action of the plan (code, title and its current office, responsible e-mail, body role, dates, weight, zone omogenee, partners, fundings, milestones, in the register's cell syntax) and a sheet of instructions.",
    params: actionsParams,
    response: fileResponse,
    file: { contentTypes: [XLSX_TYPE] },
    handler: ({ db, params }) => actionRegisterTemplate(db, params.plan),
  }),
  defineRoute({
    method: 'post',
    path: '/api/plans/:plan/actions/register',
    auth: 'admin',
    notFound: true,
    tag: TAG,
    summary: 'Carica il registro delle azioni / Load the action register',
    description:
      'multipart/form-data with the field file (.xlsx, first sheet, or .csv; at most 2 MB): a row per action, codice_azione and any of ufficio, email_responsabile, ruolo_ente, inizio_previsto, fine_prevista, inizio_effettivo, fine_effettiva, peso, zone_omogenee, partner, finanziamenti, milestone (docs/action-register.md). A column absent from the file changes nothing; an empty cell clears the field. The whole file is checked first: every problem is a 422 listing row and column, and nothing is written. A valid file is loaded in one transaction (200): each action that changes gets a new version and an audit entry. dryRun=true runs the same load and rolls it back, answering every change before → after.',
    params: actionsParams,
    query: actionRegisterQuery,
    requestBody: { contentType: 'multipart/form-data', schema: actionRegisterForm, description: 'The register file.' },
    response: actionRegisterResult,
    problems: [413, 415, 422],
    upload: { maxBytes: REGISTER_FILE_MAX_BYTES },
    handler: ({ db, params, upload, query, actor }) => loadActionRegister(db, params.plan, upload, actor, query.dryRun),
  }),
];
