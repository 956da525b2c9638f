import type { Knex } from 'knex';
import { countRows } from '../../../db/knex';
import { definedOnly } from '../../../lib/defined-only';
import { writeAudit } from '../../../audit/audit';
import type { Actor } from '../../../auth/roles';
import { AppError, InvalidParamsError, NotFoundError } from '../../../errors/errors';
import type { ActionStatus, StatusCreate, StatusPatch } from '../../../contract/actions';
import type { Rag } from '../../../contract/values';
import type { ActionStatusRow, ActionUpdateRow } from '../../../db/rows';

/** A status still used by updates (409): the history is append-only, so the status stays. */
export class StatusInUseError extends AppError {
  constructor(code: string, updates: number) {
    super(409, 'status-in-use', 'Stato in uso / Status in use', `Status "${code}" is used by ${updates} action update(s) and cannot be deleted.`, [], { updates });
  }
}

/** A status as the API shows it; action_statuses_rag_check keeps `rag` within RAGS. */
export const statusOut = (s: ActionStatusRow): ActionStatus => ({
  code: s.code,
  labelIt: s.label_it,
  labelEn: s.label_en,
  rag: s.rag as Rag,
  colour: s.colour,
  position: s.position,
  closed: s.closed,
});

const columns = (s: Partial<Omit<StatusCreate, 'code'>>): Partial<ActionStatusRow> =>
  definedOnly({ label_it: s.labelIt, label_en: s.labelEn, rag: s.rag, colour: s.colour?.toUpperCase(), position: s.position, closed: s.closed });

async function lockStatus(trx: Knex, code: string): Promise<ActionStatusRow> {
  const row = await trx<ActionStatusRow>('action_statuses').where({ code }).forUpdate().first();
  if (!row) throw new NotFoundError('Action status', code);
  return row;
}

export function createStatus(db: Knex, actor: Actor, input: StatusCreate) {
  return db.transaction(async (trx) => {
    const [row] = await trx<ActionStatusRow>('action_statuses').insert({ code: input.code, ...columns(input) }).onConflict('code').ignore().returning('*');
    if (!row) throw new InvalidParamsError([{ name: 'code', message: `a status "${input.code}" already exists` }]);
    const after = statusOut(row);
    await writeAudit(trx, [{ actor: actor.actor, userId: actor.userId, action: 'create', resourceType: 'action_status', resourceId: row.code, after }]);
    return after;
  });
}

export function updateStatus(db: Knex, actor: Actor, code: string, input: StatusPatch) {
  return db.transaction(async (trx) => {
    const current = await lockStatus(trx, code);
    const changes = columns(input);
    const [row] = Object.keys(changes).length ? await trx<ActionStatusRow>('action_statuses').where({ code }).update(changes).returning('*') : [current];
    const after = statusOut(row!);
    await writeAudit(trx, [{ actor: actor.actor, userId: actor.userId, action: 'update', resourceType: 'action_status', resourceId: code, before: statusOut(current), after }]);
    return after;
  });
}

/** Deletes a status no update uses (409 with the count otherwise). */
export function deleteStatus(db: Knex, actor: Actor, code: string) {
  return db.transaction(async (trx) => {
    const current = await lockStatus(trx, code);
    const updates = await countRows(trx<ActionUpdateRow>('action_updates').where({ status: code }));
    if (updates > 0) throw new StatusInUseError(code, updates);
    await trx<ActionStatusRow>('action_statuses').where({ code }).delete();
    await writeAudit(trx, [{ actor: actor.actor, userId: actor.userId, action: 'delete', resourceType: 'action_status', resourceId: code, before: statusOut(current) }]);
    return { deleted: code };
  });
}
