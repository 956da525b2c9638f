import crypto from 'node:crypto';
import type { Request } from 'express';
import type { Knex } from 'knex';
import type { Actor } from '../auth/roles';
import { InvalidParamsError, NotAssignedError, NotFoundError, PreconditionRequiredError } from '../errors/errors';
import { findPlan } from '../routes/api/plans/service';

/**
 * The ETag of an action's detail: its version, then a hash of the representation (so a 304 is
 * right for the exact bytes). If-Match is compared on the version only: the history's wording
 * or the "da aggiornare" flag may differ between two readers of the same version.
 */
export const actionEtag = (version: number, body: Buffer | string) =>
  `"v${version}-${crypto.createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;

const IF_MATCH = /^(?:W\/)?"v(\d+)-[^"]*"$/;

/** The action version a write is based on, from If-Match: 428 without it, 400 when it is not an ETag of an action. */
export function expectedVersion(req: Request): number {
  const header = req.get('If-Match');
  if (!header) {
    throw new PreconditionRequiredError(
      'Send the ETag of the action you read (GET /api/plans/{plan}/actions/{code}) in If-Match, so a change saved in the meantime is not overwritten.',
    );
  }
  const m = IF_MATCH.exec(header.trim());
  if (!m) throw new InvalidParamsError([{ name: 'If-Match', message: 'must be the ETag of the action, e.g. "v3-…"' }]);
  return Number(m[1]);
}

export type ActionRef = { id: number; code: string; office_id: number | null; responsible_user_id: number | null; version: number };

export async function findAction(db: Knex, planCode: string, code: string): Promise<ActionRef> {
  const plan = await findPlan(db, planCode);
  const a = await db('actions').where({ plan_id: plan.id, code }).first('id', 'code', 'office_id', 'responsible_user_id', 'version');
  if (!a) throw new NotFoundError('Action', `${planCode} ${code}`);
  return a as ActionRef;
}

/** A manager may write to the actions of their office and those assigned to them; admins (and the token) to all. */
export function checkAssigned(action: ActionRef, actor: Actor): void {
  if (actor.role === 'admin') return;
  if (actor.officeId !== null && action.office_id === actor.officeId) return;
  if (actor.userId !== null && action.responsible_user_id === actor.userId) return;
  throw new NotAssignedError(`Action ${action.code} is not assigned to you or to your office; ask an admin to assign it.`);
}
