import crypto from 'node:crypto';
import type { Knex } from 'knex';
import type { LeftJoined } from '../db/left-join';
import type { OfficeRow, SessionRow, UserRow } from '../db/rows';
import type { Actor, Role } from './roles';

/** Where a session is opened from (kept with it). */
export type SessionClient = { address: string | null; userAgent: string | null };

export type SessionOptions = {
  /** A session unused this long ends. */
  idleMinutes: number;
  /** A session ends this long after the login, used or not. */
  maxHours: number;
  /** The cookie's Secure flag; 'auto': when the request came over HTTPS (which honours TRUST_PROXY). */
  cookieSecure: 'auto' | boolean;
};

export type SessionUser = {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  officeId: number | null;
  /** A manager's office, so the client can list the actions they may update. */
  office: { code: string; name: string } | null;
};
export type Session = { id: string; csrfToken: string; user: SessionUser };

/** An account with its office (`users as u` left-joined to `offices as o`), as logins and sessions read it. */
export type AccountJoin = Pick<UserRow, 'id' | 'email' | 'name' | 'role' | 'office_id'> &
  LeftJoined<{ office_code: OfficeRow['code']; office_name: OfficeRow['name'] }>;

type SessionJoin = AccountJoin & Pick<SessionRow, 'csrf_token'> & { stale: boolean };

const token = () => crypto.randomBytes(32).toString('base64url');
/** The table keeps the hash of the cookie's token, never the token. */
const sessionId = (cookieToken: string) => crypto.createHash('sha256').update(cookieToken, 'utf8').digest('hex');

export const actorOf = (u: SessionUser): Actor => ({ actor: u.email, userId: u.id, role: u.role, officeId: u.officeId });

/** Opens a session; returns the token for the cookie and the CSRF token for the client. */
export async function openSession(db: Knex, opts: SessionOptions, userId: number, client: SessionClient): Promise<{ cookieToken: string; csrfToken: string }> {
  const cookieToken = token();
  const csrfToken = token();
  await db<SessionRow>('sessions').insert({
    id: sessionId(cookieToken),
    user_id: userId,
    csrf_token: csrfToken,
    expires_at: db.raw(`now() + make_interval(mins => ?)`, [Math.min(opts.idleMinutes, opts.maxHours * 60)]),
    ip: client.address,
    user_agent: (client.userAgent ?? '').slice(0, 500) || null,
  });
  // Expired sessions are cleared as new ones open: no scheduler needed.
  await db<SessionRow>('sessions').where('expires_at', '<', db.fn.now()).delete();
  return { cookieToken, csrfToken };
}

/**
 * The live session of a cookie's token, if any, with its user; an active user only. Using it
 * moves the idle expiry forward (at most once a minute), never past the session's maximum life.
 */
export async function findSession(db: Knex, opts: SessionOptions, cookieToken: string | null): Promise<Session | null> {
  if (!cookieToken) return null;
  const id = sessionId(cookieToken);
  const row = await db('sessions as s')
    .join('users as u', 'u.id', 's.user_id')
    .leftJoin('offices as o', 'o.id', 'u.office_id')
    .where('s.id', id)
    .where('s.expires_at', '>', db.fn.now())
    .where('u.active', true)
    .first<SessionJoin | undefined>(
      's.csrf_token',
      'u.id',
      'u.email',
      'u.name',
      'u.role',
      'u.office_id',
      'o.code as office_code',
      'o.name as office_name',
      db.raw(`s.last_seen_at < now() - interval '1 minute' as stale`),
    );
  if (!row) return null;
  // Moved at most once a minute: a burst of requests (polling an import) costs no writes.
  if (row.stale) await db<SessionRow>('sessions')
    .where({ id })
    .update({
      last_seen_at: db.fn.now(),
      expires_at: db.raw(`least(now() + make_interval(mins => ?), created_at + make_interval(hours => ?))`, [opts.idleMinutes, opts.maxHours]),
    });
  return { id, csrfToken: row.csrf_token, user: sessionUser(row) };
}

/** The account as a session shows it; users_role_check keeps the role within ROLES. */
export function sessionUser(u: AccountJoin): SessionUser {
  const office = u.office_code ? { code: u.office_code, name: u.office_name } : null;
  return { id: u.id, email: u.email, name: u.name, role: u.role as Role, officeId: u.office_id, office };
}

export const closeSession = (db: Knex, id: string) => db<SessionRow>('sessions').where({ id }).delete();

/** Both sides hashed first: the comparison takes the same time whatever was sent. */
export function sameToken(sent: string | undefined, expected: string): boolean {
  if (!sent) return false;
  const h = (s: string) => crypto.createHash('sha256').update(s, 'utf8').digest();
  return crypto.timingSafeEqual(h(sent), h(expected));
}
