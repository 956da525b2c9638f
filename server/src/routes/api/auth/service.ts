import type { Knex } from 'knex';
import type { LoginFailureRow, UserRow } from '../../../db/rows';
import { writeAudit } from '../../../audit/audit';
import type { LoginLimits } from '../../../auth/options';
import { verifyPassword } from '../../../auth/password';
import { normalizeEmail } from '../../../auth/users';
import type { Actor } from '../../../auth/roles';
import { type AccountJoin, closeSession, type SessionClient, type SessionOptions, type SessionUser, openSession, sessionUser } from '../../../auth/sessions';
import { AppError, UnauthorizedError } from '../../../errors/errors';

export class TooManyAttemptsError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'too-many-attempts', 'Troppi tentativi / Too many attempts', `Too many failed logins: try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`);
    this.headers = { 'Retry-After': String(retryAfterSeconds) };
  }
}

/**
 * Seconds until the key may try again, or 0: locked while `max` failures fall within the window,
 * until the oldest of those leaves it.
 */
async function lockedFor(db: Knex, column: 'email' | 'ip', key: string, max: number, windowMinutes: number): Promise<number> {
  const row = await db<LoginFailureRow>('login_failures')
    .where(column, key)
    .where('occurred_at', '>', db.raw(`now() - make_interval(mins => ?)`, [windowMinutes]))
    .orderBy('occurred_at', 'desc')
    .offset(max - 1)
    .first<{ wait: number } | undefined>(db.raw(`extract(epoch from occurred_at + make_interval(mins => ?) - now()) as wait`, [windowMinutes]));
  return row ? Math.max(1, Math.ceil(row.wait)) : 0;
}

export type LoginResult = { user: SessionUser; csrfToken: string; cookieToken: string };

/** Advisory-lock classes (the two-key form): e-mails and addresses never share a lock, and are always taken in this order. */
const LOCK_EMAIL = 1;
const LOCK_IP = 2;

/**
 * Checks the credentials and opens a session. The same answer (401) for an unknown e-mail, a wrong
 * password or a disabled account, in about the same time; failures count per e-mail and per address
 * whether the account exists or not, and too many answer 429 for a while, even with the right password.
 *
 * Every attempt takes its place among the failures before the password is checked: counting and
 * recording are one transaction under advisory locks on the e-mail and the address, so attempts sent
 * at once are let through one after the other and never more than the limit are evaluated. The
 * password (argon2, the slow part) is checked after that commit, holding no lock and no connection;
 * the right one clears the e-mail's failures, its own place included.
 */
export async function login(
  db: Knex,
  opts: { sessions: SessionOptions; login: LoginLimits },
  creds: { email: string; password: string },
  client: SessionClient,
): Promise<LoginResult> {
  const email = normalizeEmail(creds.email);
  const ip = client.address;
  const { maxFailures, maxFailuresPerIp, lockoutMinutes } = opts.login;
  const wait = await db.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?, hashtext(?))', [LOCK_EMAIL, email]);
    if (ip) await trx.raw('select pg_advisory_xact_lock(?, hashtext(?))', [LOCK_IP, ip]);
    const locked = Math.max(
      await lockedFor(trx, 'email', email, maxFailures, lockoutMinutes),
      ip ? await lockedFor(trx, 'ip', ip, maxFailuresPerIp, lockoutMinutes) : 0,
    );
    if (!locked) await trx<LoginFailureRow>('login_failures').insert({ email, ip });
    return locked;
  });
  if (wait) throw new TooManyAttemptsError(wait);

  const user = await db('users as u')
    .leftJoin('offices as o', 'o.id', 'u.office_id')
    .whereRaw('lower(u.email) = ?', [email])
    .first<(AccountJoin & Pick<UserRow, 'active' | 'password_hash'>) | undefined>(
      'u.id',
      'u.email',
      'u.name',
      'u.role',
      'u.office_id',
      'u.active',
      'u.password_hash',
      'o.code as office_code',
      'o.name as office_name',
    );
  const ok = (await verifyPassword(user?.password_hash, creds.password)) && Boolean(user?.active);
  // The failure is recorded already.
  if (!user || !ok) throw new UnauthorizedError('Wrong e-mail or password.');
  // One transaction, and the answer made of what was read before it: a login answered 200 has its
  // session saved, one that failed (503 included) left nothing behind.
  const { cookieToken, csrfToken } = await db.transaction(async (trx) => {
    await trx<LoginFailureRow>('login_failures').where({ email }).delete();
    // Failures older than a day no longer count for anything.
    await trx<LoginFailureRow>('login_failures').where('occurred_at', '<', trx.raw(`now() - interval '1 day'`)).delete();
    await trx<UserRow>('users').where({ id: user.id }).update({ last_login_at: trx.fn.now() });
    const tokens = await openSession(trx, opts.sessions, user.id, client);
    await writeAudit(trx, [{ actor: user.email, userId: user.id, action: 'login', resourceType: 'session', after: { ip } }]);
    return tokens;
  });
  return { user: sessionUser(user), csrfToken, cookieToken };
}

/** Ends the session with its audit entry, in one transaction. */
export function logout(db: Knex, sessionId: string, actor: Actor): Promise<void> {
  return db.transaction(async (trx) => {
    await closeSession(trx, sessionId);
    await writeAudit(trx, [{ actor: actor.actor, userId: actor.userId, action: 'logout', resourceType: 'session' }]);
  });
}
