import { type AnyRouteDef, defineRoute, type RouteAuth } from '../../../http/route-def';
import { createIndicator } from './create-service';
import { updateIndicator } from './edit-service';
import { indicatorCreate, indicatorDetail, indicatorParams, indicatorPatch, target, targetCreate, targetDeleted, targetParams } from '../../../contract/indicators';
import { createTarget, deleteTarget } from './target-service';

const TAG = 'Indicatori / Indicators';
/** Indicators are the analysts' work (admins may do everything). */
const ANALYSTS: RouteAuth = { roles: ['analyst'] };

/** The analysts' writes on indicators: metadata and targets, each in the audit log. */
export const indicatorWriteRoutes: AnyRouteDef[] = [
  defineRoute({
    method: 'post',
    path: '/api/indicators',
    auth: ANALYSTS,
    tag: TAG,
    summary: 'Crea un indicatore / Create an indicator',
    description:
      'Code (2-40 upper-case letters, digits, _ or -, starting with a letter), name, source (istat, bes, eurostat, infocamere, ente, other), kind (structured or constructed: built from data the body collects) and the metadata PATCH accepts. A bad field is a 400 naming it; a code already used (in any case) is a 409. It is a draft, hidden from the public, until published (POST /api/indicators/{code}/publish). The audit log keeps it. Its values are then typed in the value grid (POST /api/indicators/{code}/values) or imported.',
    body: indicatorCreate,
    response: indicatorDetail,
    status: 201,
    problems: [409],
    handler: ({ db, body, actor }) => createIndicator(db, actor!, body),
  }),
  defineRoute({
    method: 'patch',
    path: '/api/indicators/:code',
    auth: ANALYSTS,
    notFound: true,
    tag: TAG,
    summary: "Modifica i metadati dell'indicatore / Change an indicator's metadata",
    description:
      'Name, English name, definition, unit, decimals (0-6), source agency and dataset, source URL (http/https), polarity, polarity note, frequency, licence, theme, notes; only the fields sent change, null clears a field. Code, source and kind never change: sending them (or any unknown field, or nothing) is a 400 naming it. The audit log keeps before and after.',
    params: indicatorParams,
    body: indicatorPatch,
    response: indicatorDetail,
    handler: ({ db, params, body, actor }) => updateIndicator(db, actor!, params.code, body),
  }),
  defineRoute({
    method: 'post',
    path: '/api/indicators/:code/targets',
    auth: ANALYSTS,
    notFound: true,
    tag: TAG,
    summary: "Aggiunge un obiettivo all'indicatore / Add a target",
    description:
      'Territory code, period (2030, 2030-Q1, 2030-S1, 2030-03), value, description, sourceUrl (http/https, required: a target must be sourced) and, when a plan edition sets it, the plan code. An unknown territory or plan is a 400 naming the field; a second target for the same indicator, territory, period and plan is a 409 (`existing` is its id).',
    params: indicatorParams,
    body: targetCreate,
    response: target,
    status: 201,
    problems: [409],
    handler: ({ db, params, body, actor }) => createTarget(db, actor!, params.code, body),
  }),
  defineRoute({
    method: 'delete',
    path: '/api/indicators/:code/targets/:id',
    auth: ANALYSTS,
    notFound: true,
    tag: TAG,
    summary: "Elimina un obiettivo dell'indicatore / Delete a target",
    description: 'Deletes one target of the indicator; the audit log keeps it.',
    params: targetParams,
    response: targetDeleted,
    handler: ({ db, params, actor }) => deleteTarget(db, actor!, params.code, params.id),
  }),
];
