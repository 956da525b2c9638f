import type { Knex } from 'knex';
import { writeAudit } from '../../../audit/audit';
import type { Actor } from '../../../auth/roles';
import type { OfficeChoices, OfficeCreate, OfficeOut, OfficePatch } from '../../../contract/offices';
import type { OfficeRow } from '../../../db/rows';
import { ConflictError, InvalidParamsError, NotFoundError } from '../../../errors/errors';
import { conflictOnRace, DuplicateError } from '../../../errors/sql-state';
import { activeOfficeId } from '../../../offices/lookup';

/** An office with its department's code and name and how many accounts and actions it has. */
type OfficeJoin = OfficeRow & { parent_code: string | null; parent_name: string | null; users: number; actions: number };

const officeQuery = (db: Knex) =>
  db('offices as o')
    .leftJoin('offices as p', 'p.id', 'o.parent_id')
    .select<OfficeJoin[]>(
      'o.*',
      'p.code as parent_code',
      'p.name as parent_name',
      db.raw('(select count(*)::int from users u where u.office_id = o.id) as users'),
      db.raw('(select count(*)::int from actions a where a.office_id = o.id) as actions'),
    );

const toOffice = (o: OfficeJoin): OfficeOut => ({
  id: o.id,
  code: o.code,
  name: o.name,
  parent: o.parent_code,
  parentName: o.parent_name,
  email: o.email,
  retiredAt: o.retired_at ? o.retired_at.toISOString() : null,
  users: Number(o.users),
  actions: Number(o.actions),
  version: o.version,
});

/** What the audit log keeps of an office. */
export const officeAuditView = (o: Pick<OfficeOut, 'code' | 'name' | 'parent' | 'email' | 'retiredAt'>) => ({
  code: o.code,
  name: o.name,
  parent: o.parent,
  email: o.email,
  retiredAt: o.retiredAt,
});

/** Every office, active ones first, by code. */
export async function listOffices(db: Knex): Promise<OfficeOut[]> {
  return (await officeQuery(db).orderByRaw('o.retired_at is not null').orderBy('o.code')).map(toOffice);
}

export async function getOffice(db: Knex, code: string): Promise<OfficeOut> {
  const o = await officeQuery(db).where('o.code', code).first();
  if (!o) throw new NotFoundError('Office', code);
  return toOffice(o);
}

export const codeTaken = (code: string) => new DuplicateError({ name: 'code', message: `an office with code "${code}" already exists` });

/** 400 when choosing `parentId` as the department of `id` would make a loop (the office itself or one of its own offices). */
async function checkNoLoop(trx: Knex, id: number, parentId: number): Promise<void> {
  const rows = await trx.raw<{ rows: { id: number }[] }>(
    `with recursive up(id, parent_id, depth) as (select id, parent_id, 0 from offices where id = ? union all select o.id, o.parent_id, up.depth + 1 from offices o join up on o.id = up.parent_id where up.depth < 1000) select id from up where id = ?`,
    [parentId, id],
  );
  if (rows.rows.length) throw new InvalidParamsError([{ name: 'parent', message: 'the department cannot be the office itself or one of its own offices' }]);
}

/** Creates an office (409 when its code is taken) with its audit entry; one transaction. */
export async function createOffice(db: Knex, body: OfficeCreate, by: Actor): Promise<OfficeOut> {
  return conflictOnRace(
    () =>
      db.transaction(async (trx) => {
        if (await trx<OfficeRow>('offices').where({ code: body.code }).first('id')) throw codeTaken(body.code);
        const parentId = body.parent ? await activeOfficeId(trx, body.parent, 'parent') : null;
        const [row] = await trx<OfficeRow>('offices').insert({ code: body.code, name: body.name, parent_id: parentId, email: body.email ?? null }).returning('id');
        const out = await getOffice(trx, body.code);
        await writeAudit(trx, [{ actor: by.actor, userId: by.userId, action: 'create', resourceType: 'office', resourceId: row!.id, after: officeAuditView(out) }]);
        return out;
      }),
    () => codeTaken(body.code),
  );
}

/**
 * Changes an office if `expectedVersion()` is still its version (409 with currentVersion otherwise):
 * only the fields sent; `retired` retires it or brings it back. One transaction, audited.
 */
export async function updateOffice(db: Knex, code: string, patch: OfficePatch, expectedVersion: () => number, by: Actor): Promise<OfficeOut> {
  const newCode = patch.code ?? code;
  return conflictOnRace(
    () =>
      db.transaction(async (trx) => {
        const locked = await trx<OfficeRow>('offices').where({ code }).forUpdate().first();
        if (!locked) throw new NotFoundError('Office', code);
        const version = expectedVersion();
        const before = await getOffice(trx, code);
        const row: Partial<OfficeRow> = {};
        if (patch.code !== undefined && patch.code !== code) {
          if (await trx<OfficeRow>('offices').where({ code: patch.code }).first('id')) throw codeTaken(patch.code);
          row.code = patch.code;
        }
        if (patch.name !== undefined) row.name = patch.name;
        if (patch.email !== undefined) row.email = patch.email;
        if (patch.parent !== undefined) {
          row.parent_id = patch.parent === null ? null : await activeOfficeId(trx, patch.parent, 'parent', locked.parent_id);
          if (row.parent_id !== null) await checkNoLoop(trx, locked.id, row.parent_id);
        }
        if (patch.retired !== undefined && patch.retired !== (locked.retired_at !== null)) row.retired_at = patch.retired ? new Date() : null;
        if (locked.version !== version) {
          throw new ConflictError(`Office ${code} is at version ${locked.version}, not ${version}: someone saved it in the meantime. Reload it and try again.`, {
            currentVersion: locked.version,
          });
        }
        await trx<OfficeRow>('offices')
          .where({ id: locked.id })
          .update({ ...row, version: locked.version + 1, updated_at: trx.fn.now() });
        const after = await getOffice(trx, newCode);
        await writeAudit(trx, [{ actor: by.actor, userId: by.userId, action: 'update', resourceType: 'office', resourceId: locked.id, before: officeAuditView(before), after: officeAuditView(after) }]);
        return after;
      }),
    () => codeTaken(newCode),
  );
}

/** The offices not retired, by name: id, code and name only. */
export async function listOfficeChoices(db: Knex): Promise<OfficeChoices['items']> {
  return db<OfficeRow>('offices').whereNull('retired_at').orderBy('name').orderBy('code').select('id', 'code', 'name');
}
