import type { Knex } from 'knex';
import { writeAudit } from '../../../audit/audit';
import type { Actor } from '../../../auth/roles';
import { AppError, type InputIssue, InvalidParamsError, NotFoundError } from '../../../errors/errors';
import { isUniqueViolation } from '../../../errors/sql-state';
import type { Target, TargetCreate } from '../../../contract/indicators';
import type { PlanRow, TargetRow, TerritoryRow } from '../../../db/rows';
import { findIndicator } from './service';
import { findTargets } from '../../../indicators/targets';

/** A target for the same indicator, territory, period and plan already exists (409): change or delete that one. */
export class TargetExistsError extends AppError {
  constructor(detail: string, existing: number | null) {
    super(409, 'conflict', 'Conflitto / Conflict', detail, [], existing === null ? {} : { existing });
  }
}

async function findTarget(db: Knex, indicatorId: number, indicatorCode: string, id: number): Promise<Target> {
  const [found] = await findTargets(db, (q) => q.where({ 'g.id': id, 'g.indicator_id': indicatorId }));
  if (!found) throw new NotFoundError('Target', `${indicatorCode} ${id}`);
  return found;
}

/** Adds a target to the indicator; unknown territory or plan is a 400 naming the field, a second one for the same scope a 409. */
export async function createTarget(db: Knex, actor: Actor, indicatorCode: string, input: TargetCreate): Promise<Target> {
  const scope = `${indicatorCode}, ${input.territory}, ${input.period}${input.plan ? `, plan ${input.plan}` : ', no plan'}`;
  try {
    return await db.transaction(async (trx) => {
      const indicator = await findIndicator(trx, indicatorCode, { drafts: true });
      const issues: InputIssue[] = [];
      const territory = await trx<TerritoryRow>('territories').where({ code: input.territory }).first('id');
      if (!territory) issues.push({ name: 'territory', message: `no territory with code "${input.territory}"` });
      const plan = input.plan ? await trx<PlanRow>('plans').where({ code: input.plan }).first('id') : null;
      if (input.plan && !plan) issues.push({ name: 'plan', message: `no plan with code "${input.plan}"` });
      if (!territory || issues.length) throw new InvalidParamsError(issues);
      const same = await trx<TargetRow>('targets')
        .where({ indicator_id: indicator.id, territory_id: territory.id, period: input.period })
        .modify((q) => (plan ? q.where('plan_id', plan.id) : q.whereNull('plan_id')))
        .first<Pick<TargetRow, 'id'> | undefined>('id');
      if (same) throw new TargetExistsError(`A target for ${scope} already exists (id ${same.id}): change or delete it.`, same.id);
      const [row] = await trx<TargetRow>('targets')
        .insert({
          indicator_id: indicator.id,
          territory_id: territory.id,
          plan_id: plan?.id ?? null,
          period: input.period,
          value: input.value,
          description: input.description ?? null,
          source_url: input.sourceUrl,
        })
        .returning('id');
      const after = await findTarget(trx, indicator.id, indicatorCode, row!.id);
      await writeAudit(trx, [{ actor: actor.actor, userId: actor.userId, action: 'create', resourceType: 'target', resourceId: after.id, after: { indicator: indicatorCode, ...after } }]);
      return after;
    });
  } catch (err) {
    // Two requests for the same target at once: the unique index stops the second.
    if (isUniqueViolation(err)) throw new TargetExistsError(`A target for ${scope} already exists.`, null);
    throw err;
  }
}

/** Deletes one target of the indicator (404 when the indicator has no target with that id). */
export function deleteTarget(db: Knex, actor: Actor, indicatorCode: string, id: number): Promise<{ deleted: number }> {
  return db.transaction(async (trx) => {
    const indicator = await findIndicator(trx, indicatorCode, { drafts: true });
    const before = await findTarget(trx, indicator.id, indicatorCode, id);
    await trx<TargetRow>('targets').where({ id }).delete();
    await writeAudit(trx, [{ actor: actor.actor, userId: actor.userId, action: 'delete', resourceType: 'target', resourceId: id, before: { indicator: indicatorCode, ...before } }]);
    return { deleted: id };
  });
}
