import { type AnyRouteDef, defineRoute } from '../../../http/route-def';
import { planParams } from '../../../contract/plans';
import { roundCreate, roundDetail, roundList, roundParams, roundResend, roundResendResult } from '../../../contract/rounds';
import { closeRound, getRound, listRounds, openRound, type RoundDeps, resendRound } from './service';

const tag = 'Rilevazioni / Reporting rounds';
const location = (r: { id: number; plan: string }) => `/api/plans/${encodeURIComponent(r.plan)}/rounds/${r.id}`;

/** Reporting rounds: an admin asks the managers to report their actions for a period, by e-mail. */
export function roundRoutes(deps: RoundDeps): AnyRouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/plans/:plan/rounds',
      auth: 'admin',
      notFound: true,
      tag,
      summary: 'Rilevazioni di un piano / Reporting rounds of a plan',
      description: 'Every round of the plan, newest first, with how many actions are reported; and whether e-mail is configured (SMTP_URL).',
      params: planParams,
      response: roundList,
      handler: ({ db, params }) => listRounds(db, params.plan, deps),
    }),
    defineRoute({
      method: 'post',
      path: '/api/plans/:plan/rounds',
      auth: 'admin',
      notFound: true,
      tag,
      summary: 'Apri una rilevazione / Open a reporting round',
      description:
        "Period (of the plan's years), deadline (not in the past) and reminderDays (fewer than the days left; default REMINDER_DAYS). Every manager with actions to report gets a digest e-mail now and, if still late, a reminder reminderDays before the deadline. 409 when a round for the period is open.",
      params: planParams,
      body: roundCreate,
      response: roundDetail,
      status: 201,
      location,
      problems: [409],
      handler: ({ db, params, body, actor, client }) => openRound(db, params.plan, body, actor, client.origin, deps),
    }),
    defineRoute({
      method: 'get',
      path: '/api/plans/:plan/rounds/:id',
      auth: 'admin',
      notFound: true,
      tag,
      summary: 'Una rilevazione / One reporting round',
      description: 'The progress per office and per manager (actions, reported, not reported, the last e-mail and its outcome) and the e-mail jobs.',
      params: roundParams,
      response: roundDetail,
      handler: ({ db, params }) => getRound(db, params.plan, params.id, deps),
    }),
    defineRoute({
      method: 'post',
      path: '/api/plans/:plan/rounds/:id/close',
      auth: 'admin',
      notFound: true,
      tag,
      summary: 'Chiudi una rilevazione / Close a reporting round',
      description: 'No more e-mails for the round (pending ones are cancelled); its progress stays readable. 409 when already closed.',
      params: roundParams,
      response: roundDetail,
      problems: [409],
      handler: ({ db, params, actor }) => closeRound(db, params.plan, params.id, actor, deps),
    }),
    defineRoute({
      method: 'post',
      path: '/api/plans/:plan/rounds/:id/resend',
      auth: 'admin',
      notFound: true,
      tag,
      summary: 'Reinvia / Send again',
      description:
        'Sends the digest of the actions not reported yet again, now: to one manager (userId) or to every manager who has not reported. 409 when the round is closed or there is nobody to remind.',
      params: roundParams,
      body: roundResend,
      response: roundResendResult,
      status: 202,
      problems: [409],
      handler: ({ db, params, body, actor }) => resendRound(db, params.plan, params.id, body.userId, actor, deps),
    }),
  ];
}
