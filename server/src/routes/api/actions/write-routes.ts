import { actionEditInput } from '../../../contract/action-edit';
import { actionUpdateInput } from '../../../contract/action-update';
import { type ActionDetail, actionDetail, actionParams } from '../../../contract/actions';
import { versionEtag } from '../../../http/etag';
import { type AnyRouteDef, defineRoute } from '../../../http/route-def';
import { editActionData, recordActionUpdate } from './write-service';

const TAG = 'Attuazione / Implementation';
const IF_MATCH_NOTE =
  ' Send the ETag of the action detail you read in If-Match: 428 without it, 409 (with currentVersion) when someone saved in between; nothing is written then.';

/** A write answers the action as it is after it; its ETag is the next If-Match. */
const etag = (d: ActionDetail, body: Buffer) => versionEtag(d.version, body);

const location = (d: { plan: string; code: string }) => `/api/plans/${d.plan}/actions/${d.code}`;

export const actionWriteRoutes: AnyRouteDef[] = [
  defineRoute({
    method: 'post',
    path: '/api/plans/:plan/actions/:code/updates',
    notFound: true,
    tag: TAG,
    summary: "Aggiorna lo stato dell'azione / Record a status update",
    description:
      "Appends a status update (status, progress, reporting period, comment, evidence such as an official act, dates) to the action's history. Managers may update the actions of their office or assigned to them (403 not-assigned otherwise)." +
      IF_MATCH_NOTE,
    auth: { roles: ['manager'] },
    params: actionParams,
    body: actionUpdateInput,
    response: actionDetail,
    status: 201,
    location,
    ifMatch: true,
    etag,
    problems: [409, 428],
    handler: (ctx) => recordActionUpdate(ctx.db, ctx.params, ctx.body, () => ctx.ifMatch, ctx.actor),
  }),
  defineRoute({
    method: 'patch',
    path: '/api/plans/:plan/actions/:code',
    notFound: true,
    tag: TAG,
    summary: "Modifica i dati di monitoraggio dell'azione / Edit an action's monitoring data",
    description:
      'Office (code), responsible user (e-mail), body role, planned and actual dates, weight, zone omogenee (territory codes), partners, fundings (PNRR code, CUP, amount) and milestones; only the fields sent change, lists are replaced whole. One transaction; the audit log keeps before and after.' +
      IF_MATCH_NOTE,
    auth: 'admin',
    params: actionParams,
    body: actionEditInput,
    response: actionDetail,
    location,
    ifMatch: true,
    etag,
    problems: [409, 428],
    handler: (ctx) => editActionData(ctx.db, ctx.params, ctx.body, () => ctx.ifMatch, ctx.actor),
  }),
];
