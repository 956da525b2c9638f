import type { AnyRouteDef } from '../../../http/route';
import { actionEtag, checkAssigned, expectedVersion, findAction } from '../../../level2/action-access';
import { editAction } from '../../../level2/action-edit';
import { actionEditInput } from '../../../contract/action-edit';
import { currentSemester } from '../../../level2/periods';
import { recordUpdate } from '../../../level2/record-update';
import { actionUpdateInput } from '../../../contract/action-update';
import type { RouteContext } from '../../../http/route';
import { actionDetail, actionParams } from '../../../contract/actions';
import { getActionDetail } from './service';

const TAG = 'Attuazione / Implementation';
const IF_MATCH_NOTE =
  ' Send the ETag of the action detail you read in If-Match: 428 without it, 409 (with currentVersion) when someone saved in between; nothing is written then.';

type Params = { plan: string; code: string };

/** After a write: the action as it is now, with its new ETag for the next If-Match. */
async function answer({ db, params, res }: RouteContext<Params, unknown, unknown>) {
  const detail = await getActionDetail(db, params.plan, params.code, currentSemester());
  res.set('ETag', actionEtag(detail.version, JSON.stringify(detail)));
  return detail;
}

const location = (d: { plan: string; code: string }) => `/api/plans/${d.plan}/actions/${d.code}`;

export const actionWriteRoutes: AnyRouteDef[] = [
  {
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
    problems: [409, 428],
    handler: async (ctx) => {
      const action = await findAction(ctx.db, ctx.params.plan, ctx.params.code);
      checkAssigned(action, ctx.actor!);
      await recordUpdate(ctx.db, action.id, ctx.body, expectedVersion(ctx.req), { userId: ctx.actor!.userId, actor: ctx.actor!.actor });
      return answer(ctx);
    },
  },
  {
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
    problems: [409, 428],
    handler: async (ctx) => {
      const action = await findAction(ctx.db, ctx.params.plan, ctx.params.code);
      await editAction(ctx.db, action.id, ctx.body, expectedVersion(ctx.req), { userId: ctx.actor!.userId, actor: ctx.actor!.actor });
      return answer(ctx);
    },
  },
];
