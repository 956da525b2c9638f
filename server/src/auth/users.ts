import type { Knex } from 'knex';
import type { UserRow } from '../db/rows';
import { activeOfficeId } from '../offices/lookup';
import { writeAudit } from '../audit/audit';
import { AppError, InvalidParamsError } from '../errors/errors';
import { conflictOnRace } from '../errors/sql-state';
import { checkPasswordStrength, hashPassword } from './password';
import { ROLES, type Role } from './roles';

export type NewUser = { email: string; role: Role; password: string; name?: string; officeCode?: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** A new account checked and its password hashed: ready to insert. */
export type CheckedUser = { email: string; role: Role; passwordHash: string; name: string | null; officeCode: string | undefined };

/** Checks a new account (400 naming the fields) and hashes its password: the slow part, done before any transaction. */
export async function checkNewUser(u: NewUser): Promise<CheckedUser> {
  const email = normalizeEmail(u.email);
  const issues = [
    ...(EMAIL.test(email) ? [] : [{ name: 'email', message: 'must be an e-mail address' }]),
    ...((ROLES as readonly string[]).includes(u.role) ? [] : [{ name: 'role', message: `must be one of ${ROLES.join(', ')}` }]),
  ];
  const weak = checkPasswordStrength(u.password);
  if (weak) issues.push({ name: 'password', message: weak });
  if (u.officeCode && u.role !== 'manager') issues.push({ name: 'office', message: 'only managers belong to an office' });
  if (issues.length) throw new InvalidParamsError(issues);
  return { email, role: u.role, passwordHash: await hashPassword(u.password), name: u.name ?? null, officeCode: u.officeCode };
}

/** 409: the e-mail belongs to an account already (also when a concurrent creation took it first). */
export const emailTaken = (email: string) => new AppError(409, 'conflict', 'Conflitto / Conflict', `An account with e-mail ${email} already exists.`);

/** Inserts a checked account with its audit entry, in the caller's transaction (409 when the e-mail is taken). */
export async function insertUser(trx: Knex, u: CheckedUser, actor: string): Promise<{ id: number }> {
  let officeId: number | null = null;
  if (u.officeCode) {
    officeId = await activeOfficeId(trx, u.officeCode, 'office');
  }
  if (await trx<UserRow>('users').whereRaw('lower(email) = ?', [u.email]).first('id')) throw emailTaken(u.email);
  const [row] = await trx<UserRow>('users')
    .insert({ email: u.email, name: u.name, role: u.role, password_hash: u.passwordHash, office_id: officeId })
    .returning('id');
  const id = row!.id;
  await writeAudit(trx, [
    { actor, action: 'create', resourceType: 'user', resourceId: id, after: { email: u.email, name: u.name, role: u.role, office: u.officeCode ?? null, active: true } },
  ]);
  return { id };
}

/** Creates an account (the CLI's user:create, and the tests); recorded in the audit log without the hash. */
export async function createUser(db: Knex, u: NewUser, actor: string): Promise<{ id: number }> {
  const checked = await checkNewUser(u);
  return conflictOnRace(() => db.transaction((trx) => insertUser(trx, checked, actor)), () => emailTaken(checked.email));
}
