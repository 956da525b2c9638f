import type { Knex } from 'knex';
import type { OfficeRow, UserRow } from '../db/rows';
import { writeAudit } from '../audit/audit';
import { AppError, InvalidParamsError } from '../errors/errors';
import { conflictOnRace } from '../errors/sql-state';
import { checkPasswordStrength, hashPassword } from './password';
import { ROLES, type Role } from './roles';

export type NewUser = { email: string; role: Role; password: string; name?: string; officeCode?: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Creates an account (the CLI's user:create, and the tests); recorded in the audit log without the hash. */
export async function createUser(db: Knex, u: NewUser, actor: string): Promise<{ id: number }> {
  const email = normalizeEmail(u.email);
  const issues = [
    ...(EMAIL.test(email) ? [] : [{ name: 'email', message: 'must be an e-mail address' }]),
    ...((ROLES as readonly string[]).includes(u.role) ? [] : [{ name: 'role', message: `must be one of ${ROLES.join(', ')}` }]),
  ];
  const weak = checkPasswordStrength(u.password);
  if (weak) issues.push({ name: 'password', message: weak });
  if (u.officeCode && u.role !== 'manager') issues.push({ name: 'office', message: 'only managers belong to an office' });
  if (issues.length) throw new InvalidParamsError(issues);
  const passwordHash = await hashPassword(u.password);
  const taken = () => new AppError(409, 'conflict', 'Conflitto / Conflict', `An account with e-mail ${email} already exists.`);
  // Two creations of one e-mail at once: the unique key stops the second, which answers as the check does.
  return conflictOnRace(() => db.transaction(async (trx) => {
    let officeId: number | null = null;
    if (u.officeCode) {
      const office = await trx<OfficeRow>('offices').where({ code: u.officeCode }).first('id');
      if (!office) throw new InvalidParamsError([{ name: 'office', message: `no office with code "${u.officeCode}"` }]);
      officeId = office.id;
    }
    if (await trx<UserRow>('users').whereRaw('lower(email) = ?', [email]).first('id')) throw taken();
    const [row] = await trx<UserRow>('users')
      .insert({ email, name: u.name ?? null, role: u.role, password_hash: passwordHash, office_id: officeId })
      .returning('id');
    const id = row!.id;
    await writeAudit(trx, [
      { actor, action: 'create', resourceType: 'user', resourceId: id, after: { email, name: u.name ?? null, role: u.role, officeId } },
    ]);
    return { id };
  }), taken);
}
