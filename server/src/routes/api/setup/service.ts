import type { Knex } from 'knex';
import { writeAudit } from '../../../audit/audit';
import type { SetupCode } from '../../../auth/setup-code';
import { openSession, sessionUser, type SessionClient, type SessionOptions } from '../../../auth/sessions';
import { checkNewUser, insertUser } from '../../../auth/users';
import type { SessionInfo, SetupBody } from '../../../contract';
import type { UserRow } from '../../../db/rows';
import { AppError } from '../../../errors/errors';

/** Serialises the creations of the first administrator (pg_advisory_xact_lock key). */
const SETUP_LOCK = 7_340_101;

/** True while no active administrator exists: the only time the setup page is open. */
export async function setupNeeded(db: Knex): Promise<boolean> {
  return !(await db<UserRow>('users').where({ role: 'admin', active: true }).first('id'));
}

const closed = () =>
  new AppError(410, 'setup-closed', 'Configurazione già fatta / Setup already done', 'An administrator exists: the setup page is closed for good. Sign in, or ask an administrator for an account.');

/**
 * Creates the first administrator with the one-time code the server printed, and signs them in: 410 once
 * an administrator exists (checked again under a lock in the same transaction, so two requests never make
 * two), 403 naming `code` for a wrong code, 429 when too many wrong codes replaced it, 400 naming the
 * field for an account the rules refuse.
 */
export async function createFirstAdmin(
  db: Knex,
  setup: SetupCode,
  sessions: SessionOptions,
  body: SetupBody,
  client: SessionClient,
): Promise<SessionInfo & { cookieToken: string }> {
  if (!(await setupNeeded(db))) throw closed();
  const verdict = setup.check(body.code);
  if (verdict === 'rotated') {
    throw new AppError(429, 'setup-code-replaced', 'Codice sostituito / Code replaced', 'Too many wrong codes: the server printed a new one-time code on its console. Use that one.', [
      { name: 'code', message: 'replaced by a new code printed on the server console' },
    ]);
  }
  if (verdict !== 'ok') {
    throw new AppError(403, 'setup-code', 'Codice non valido / Wrong code', 'The one-time code is not the one the server printed on its console.', [
      { name: 'code', message: 'is not the code printed on the server console' },
    ]);
  }
  const checked = await checkNewUser({ email: body.email, role: 'admin', password: body.password, name: body.name || undefined });
  const answer = await db.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?)', [SETUP_LOCK]);
    if (!(await setupNeeded(trx))) throw closed();
    const { id } = await insertUser(trx, checked, 'setup');
    const tokens = await openSession(trx, sessions, id, client);
    await trx<UserRow>('users').where({ id }).update({ last_login_at: trx.fn.now() });
    await writeAudit(trx, [{ actor: checked.email, userId: id, action: 'login', resourceType: 'session', after: { ip: client.address, setup: true } }]);
    const user = sessionUser({ id, email: checked.email, name: checked.name, role: 'admin', office_id: null, office_code: null, office_name: null });
    return { user, ...tokens };
  });
  setup.close();
  return answer;
}
