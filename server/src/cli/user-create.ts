import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../auth/roles';
import { createUser } from '../auth/users';
import { migrateLatest } from '../db/knex';
import { promptPassword, readPasswordFromStdin } from './read-password';
import { withDb } from './with-db';

const USAGE = `Usage: npm run user:create -- --email <e-mail> --role <${ROLES.join('|')}> [--name "…"] [--office CODE] [--password-stdin]

The password is asked on the terminal (not shown), or read from stdin when piped or with
--password-stdin (e.g. from a secrets manager). At least 12 characters; there is no default.
--office: the office a manager answers for (its code in the offices table). Prints the new user's id.`;

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    name: { type: 'string' },
    office: { type: 'string' },
    'password-stdin': { type: 'boolean' },
    help: { type: 'boolean' },
  },
});

if (values.help || !values.email || !values.role) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}
if (!(ROLES as readonly string[]).includes(values.role)) {
  console.error(`--role must be one of ${ROLES.join(', ')}\n\n${USAGE}`);
  process.exit(2);
}

async function readPassword(): Promise<string> {
  if (values['password-stdin'] || !process.stdin.isTTY) return readPasswordFromStdin();
  const first = await promptPassword('Password: ');
  const again = await promptPassword('Repeat the password: ');
  if (first !== again) throw new Error('The two passwords differ; nothing was written.');
  return first;
}

void withDb(async (db) => {
  // Asked before touching the database, so a mistyped password costs nothing.
  const password = await readPassword();
  await migrateLatest(db);
  const { id } = await createUser(
    db,
    { email: values.email!, role: values.role as Role, password, name: values.name, officeCode: values.office },
    `cli:${process.env.USER ?? 'unknown'}`,
  );
  console.log(id);
});
