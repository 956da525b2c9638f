import type { Knex } from 'knex';
import { writeAudit } from '../audit/audit';
import { sideBySide } from '../db/side-by-side';
import { ConflictError, type InputIssue, InvalidParamsError, NotFoundError } from '../errors/errors';
import type { ActionEditInput } from '../contract/action-edit';
import type {
  ActionFundingRow,
  ActionMilestoneRow,
  ActionPartnerRow,
  ActionRow,
  ActionTerritoryRow,
  OfficeRow,
  TerritoryRow,
  UserRow,
} from '../db/rows';
import { type Author, dateColumns, dateIssues, datesOf } from './record-update';

/** The action with its office's code and its assignee's e-mail (both left-joined). */
type ActionSnapshotRow = ActionRow & { office_code: OfficeRow['code'] | null; responsible_email: UserRow['email'] | null };

/** What the audit log shows before and after an edit. */
export async function snapshot(trx: Knex, actionId: number) {
  const a = await trx('actions as a')
    .leftJoin('offices as o', 'o.id', 'a.office_id')
    .leftJoin('users as u', 'u.id', 'a.responsible_user_id')
    .where('a.id', actionId)
    .first<ActionSnapshotRow | undefined>('a.*', 'o.code as office_code', 'u.email as responsible_email');
  if (!a) throw new NotFoundError('Action', String(actionId));
  const [zones, partners, fundings, milestones] = await sideBySide(
    trx,
    () =>
      trx('action_territories as at')
        .join('territories as t', 't.id', 'at.territory_id')
        .where('at.action_id', actionId)
        .orderBy('t.code')
        .pluck<TerritoryRow['code'][]>('t.code'),
    () => trx<ActionPartnerRow>('action_partners').where({ action_id: actionId }).orderBy('name').select('name', 'role'),
    () =>
      trx<ActionFundingRow>('action_fundings')
        .where({ action_id: actionId })
        .orderBy('id')
        .select('source_type', 'pnrr_code', 'cup', 'amount', 'description', 'source_url'),
    () => trx<ActionMilestoneRow>('action_milestones').where({ action_id: actionId }).orderBy(['position', 'id']).select('title', 'planned_date', 'actual_date'),
  );
  return {
    office: a.office_code,
    responsibleUser: a.responsible_email,
    bodyRole: a.body_role,
    dates: datesOf(a),
    weight: a.weight,
    zones,
    partners,
    fundings,
    milestones,
    version: a.version,
  };
}

/** Looks up codes and e-mails; every unknown one is an issue naming its field. */
async function resolve(trx: Knex, data: ActionEditInput, issues: InputIssue[], currentOffice: string | null) {
  const changes: Partial<ActionRow> = {};
  if (data.office !== undefined) {
    const office = data.office === null ? null : await trx<OfficeRow>('offices').where({ code: data.office }).first('id', 'retired_at');
    if (data.office !== null && !office) issues.push({ name: 'office', message: `no office with code "${data.office}"` });
    else if (office?.retired_at && data.office !== currentOffice) issues.push({ name: 'office', message: `office "${data.office}" is retired: choose an active office` });
    changes.office_id = office?.id ?? null;
  }
  if (data.responsibleUser !== undefined) {
    const email = data.responsibleUser?.trim().toLowerCase() ?? null;
    const user = email === null ? null : await trx<UserRow>('users').whereRaw('lower(email) = ?', [email]).andWhere({ active: true }).first('id');
    if (email !== null && !user) issues.push({ name: 'responsibleUser', message: `no active account with e-mail "${email}"` });
    changes.responsible_user_id = user?.id ?? null;
  }
  if (data.bodyRole !== undefined) changes.body_role = data.bodyRole;
  if (data.weight !== undefined) changes.weight = data.weight;
  Object.assign(changes, dateColumns(data.dates));
  let zoneIds: number[] | undefined;
  if (data.zones) {
    const found = await trx<TerritoryRow>('territories').whereIn('code', data.zones).andWhere({ level: 'zona_omogenea' }).select('id', 'code');
    data.zones.forEach((code, i) => {
      if (!found.some((t) => t.code === code)) issues.push({ name: `zones.${i}`, message: `no zona omogenea with code "${code}"` });
    });
    zoneIds = [...new Set(found.map((t) => t.id))];
  }
  data.partners?.forEach((p, i) => {
    if (data.partners!.findIndex((q) => q.name === p.name) !== i) issues.push({ name: `partners.${i}.name`, message: `"${p.name}" is listed twice` });
  });
  return { changes, zoneIds };
}

/**
 * Changes an action's monitoring data (office, assignee, role, dates, weight, zones, partners,
 * fundings, milestones) in one transaction, if `expectedVersion` is still its version (409 otherwise);
 * bumps the version and writes before and after to the audit log.
 */
export async function editAction(db: Knex, actionId: number, data: ActionEditInput, expectedVersion: number, author: Author) {
  return db.transaction(async (trx) => {
    const locked = await trx<ActionRow>('actions').where({ id: actionId }).forUpdate().first('id', 'code', 'version');
    if (!locked) throw new NotFoundError('Action', String(actionId));
    const before = await snapshot(trx, actionId);
    const issues = dateIssues(before.dates, data.dates);
    const { changes, zoneIds } = await resolve(trx, data, issues, before.office);
    if (issues.length) throw new InvalidParamsError(issues);
    if (locked.version !== expectedVersion) {
      throw new ConflictError(`Action ${locked.code} is at version ${locked.version}, not ${expectedVersion}: someone saved it in the meantime. Reload it and try again.`, {
        currentVersion: locked.version,
      });
    }
    const version = locked.version + 1;
    await trx<ActionRow>('actions').where({ id: actionId }).update({ ...changes, version, updated_at: trx.fn.now() });
    if (zoneIds) {
      await trx<ActionTerritoryRow>('action_territories').where({ action_id: actionId }).delete();
      if (zoneIds.length) await trx<ActionTerritoryRow>('action_territories').insert(zoneIds.map((territory_id) => ({ action_id: actionId, territory_id })));
    }
    if (data.partners) {
      await trx<ActionPartnerRow>('action_partners').where({ action_id: actionId }).delete();
      if (data.partners.length) await trx<ActionPartnerRow>('action_partners').insert(data.partners.map((p) => ({ action_id: actionId, name: p.name, role: p.role ?? null })));
    }
    if (data.fundings) {
      await trx<ActionFundingRow>('action_fundings').where({ action_id: actionId }).delete();
      if (data.fundings.length) {
        await trx<ActionFundingRow>('action_fundings').insert(
          data.fundings.map((f) => ({
            action_id: actionId,
            source_type: f.sourceType,
            pnrr_code: f.pnrrCode ?? null,
            cup: f.cup ?? null,
            amount: f.amount ?? null,
            description: f.description ?? null,
            source_url: f.sourceUrl ?? null,
          })),
        );
      }
    }
    if (data.milestones) {
      await trx<ActionMilestoneRow>('action_milestones').where({ action_id: actionId }).delete();
      if (data.milestones.length) {
        await trx<ActionMilestoneRow>('action_milestones').insert(
          data.milestones.map((m, i) => ({ action_id: actionId, title: m.title, planned_date: m.plannedDate ?? null, actual_date: m.actualDate ?? null, position: i + 1 })),
        );
      }
    }
    const after = await snapshot(trx, actionId);
    await writeAudit(trx, [{ actor: author.actor, userId: author.userId, action: 'update', resourceType: 'action', resourceId: actionId, before, after }]);
    return { version };
  });
}
