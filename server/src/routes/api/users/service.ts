import type { Knex } from 'knex';
import { writeAudit } from '../../../audit/audit';
import type { Actor } from '../../../auth/roles';
import { checkPasswordStrength, hashPassword } from '../../../auth/password';
import { activeOfficeId } from '../../../offices/lookup';
import { checkNewUser, emailTaken, insertUser, type NewUser } from '../../../auth/users';
import { conflictOnRace } from '../../../errors/sql-state';
import { AppError, InvalidParamsError, NotFoundError } from '../../../errors/errors';
import type { UserChange, UserOut } from '../../../contract/users';
import type { Role } from '../../../auth/roles';
import type { LoginFailureRow, OfficeRow, SessionRow, UserRow } from '../../../db/rows';

/** An account with its office's code (left-joined). */
type UserJoin = UserRow & { office_code: OfficeRow['code'] | null };

const toUser = (u: UserJoin): UserOut => ({
  id: u.id,
  email: u.email,
  name: u.name,
  // users_role_check keeps it within ROLES.
  role: u.role as Role,
  office: u.office_code,
  active: u.active,
  lastLoginAt: u.last_login_at ? u.last_login_at.toISOString() : null,
  createdAt: u.created_at.toISOString(),
});

const userQuery = (db: Knex) => db('users as u').leftJoin('offices as o', 'o.id', 'u.office_id').select<UserJoin[]>('u.*', 'o.code as office_code');

export async function listUsers(db: Knex): Promise<UserOut[]> {
  return (await userQuery(db).orderBy('u.email')).map(toUser);
}

export async function getUser(db: Knex, id: number): Promise<UserOut> {
  const u = await userQuery(db).where('u.id', id).first();
  if (!u) throw new NotFoundError('User', String(id));
  return toUser(u);
}

/** Creates an account and reads it back in the same transaction: once COMMIT succeeds, nothing is left to fail. */
export async function createUserAndRead(db: Knex, u: NewUser, actor: Actor): Promise<UserOut> {
  const checked = await checkNewUser(u);
  // Two creations of one e-mail at once: the unique key stops the second, which answers as the check does.
  return conflictOnRace(() => db.transaction(async (trx) => getUser(trx, (await insertUser(trx, checked, actor.actor)).id)), () => emailTaken(checked.email));
}

/** What the audit log keeps of an account: never the password hash. */
const auditView = (u: UserOut) => ({ email: u.email, name: u.name, role: u.role, office: u.office, active: u.active });

/** Changes role, office, name, active or password; disabling, a new role or a new password ends the account's sessions. One transaction, audited. */
export async function changeUser(db: Knex, id: number, change: UserChange, by: Actor): Promise<UserOut> {
  return db.transaction(async (trx) => {
    const before = await getUser(trx, id);
    const row: Partial<UserRow> = {};
    if (change.name !== undefined) row.name = change.name;
    if (change.role !== undefined) row.role = change.role;
    if (change.active !== undefined) row.active = change.active;
    if (change.password !== undefined) {
      const weak = checkPasswordStrength(change.password);
      if (weak) throw new InvalidParamsError([{ name: 'password', message: weak }]);
      row.password_hash = await hashPassword(change.password);
    }
    if (change.office !== undefined) {
      const current = await trx<UserRow>('users').where({ id }).first('office_id');
      row.office_id = change.office === null ? null : await activeOfficeId(trx, change.office, 'office', current?.office_id);
    }
    const role = change.role ?? before.role;
    const office = change.office !== undefined ? change.office : before.office;
    if (office && role !== 'manager') throw new InvalidParamsError([{ name: 'office', message: 'only managers belong to an office' }]);
    if (by.userId === id && (change.active === false || (change.role && change.role !== 'admin'))) {
      throw new AppError(409, 'conflict', 'Conflitto / Conflict', 'You cannot disable your own account or take away your own admin role.');
    }
    if (Object.keys(row).length) await trx<UserRow>('users').where({ id }).update({ ...row, updated_at: trx.fn.now() });
    const endSessions = change.active === false || (change.role && change.role !== before.role) || change.password !== undefined;
    if (endSessions) await trx<SessionRow>('sessions').where({ user_id: id }).delete();
    const after = await getUser(trx, id);
    // The audit log says the password changed, never what it is.
    const changed = change.password !== undefined ? { ...auditView(after), passwordChanged: true } : auditView(after);
    await writeAudit(trx, [{ actor: by.actor, userId: by.userId, action: 'update', resourceType: 'user', resourceId: id, before: auditView(before), after: changed }]);
    return after;
  });
}

/** Lifts a login lockout: forgets the failed logins of the account's e-mail. */
export async function unlockUser(db: Knex, id: number, by: Actor): Promise<{ email: string; clearedFailures: number }> {
  return db.transaction(async (trx) => {
    const user = await getUser(trx, id);
    // returning(): knex-pglite answers a delete with a result object, not a count.
    const clearedFailures = (await trx<LoginFailureRow>('login_failures').where({ email: user.email }).delete().returning('id')).length;
    await writeAudit(trx, [{ actor: by.actor, userId: by.userId, action: 'update', resourceType: 'user', resourceId: id, after: { unlocked: user.email, clearedFailures } }]);
    return { email: user.email, clearedFailures };
  });
}
