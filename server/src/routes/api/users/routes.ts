import { type AnyRouteDef, defineRoute } from '../../../http/route-def';
import { newUserInput, unlockOut, userChangeInput, userIdParams, userList, userOut } from '../../../contract/users';
import { changeUser, createUserAndRead, listUsers, unlockUser } from './service';

const TAG = 'Utenti / Users';

/** Accounts, for admins: every write is in the audit log (without the password hash). */
export const userRoutes: AnyRouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/users',
    auth: 'admin',
    tag: TAG,
    summary: 'Utenti / Users',
    description: 'Every account with role, office, active flag and last login.',
    response: userList,
    handler: async ({ db }) => ({ items: await listUsers(db) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/users',
    auth: 'admin',
    tag: TAG,
    summary: 'Crea un utente / Create a user',
    description: 'E-mail, name, role, office (managers) and an initial password of at least 12 characters (stored as an argon2id hash). 409 when the e-mail is taken.',
    body: newUserInput,
    response: userOut,
    status: 201,
    location: (u) => `/api/users/${u.id}`,
    problems: [409],
    handler: ({ db, body, actor }) =>
      createUserAndRead(db, { email: body.email, name: body.name ?? undefined, role: body.role, officeCode: body.office ?? undefined, password: body.password }, actor!),
  }),
  defineRoute({
    method: 'patch',
    path: '/api/users/:id',
    auth: 'admin',
    notFound: true,
    tag: TAG,
    summary: 'Modifica un utente / Change a user',
    description: 'Role, office, name, active; only the fields sent change. Disabling an account (or changing its role) ends its sessions.',
    params: userIdParams,
    body: userChangeInput,
    response: userOut,
    problems: [409],
    handler: ({ db, params, body, actor }) => changeUser(db, params.id, body, actor!),
  }),
  defineRoute({
    method: 'post',
    path: '/api/users/:id/unlock',
    auth: 'admin',
    notFound: true,
    tag: TAG,
    summary: 'Sblocca un utente / Unlock a user',
    description: "Forgets the failed logins of the account's e-mail, lifting a lockout.",
    params: userIdParams,
    response: unlockOut,
    handler: ({ db, params, actor }) => unlockUser(db, params.id, actor!),
  }),
];
