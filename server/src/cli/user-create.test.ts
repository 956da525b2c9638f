import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { verifyPassword } from '../auth/password';
import { createDb } from '../db/knex';
import { removeServerLock, serverLockPath, writeServerLock } from '../db/server-lock';
import { createTestDb, type TestDb } from '../test/test-db';

const SERVER = path.resolve(__dirname, '..', '..');

/** Runs `npm run user:create` as a user would, the password piped on stdin. */
function userCreate(t: TestDb, args: string[], stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: Record<string, string | undefined> = { ...process.env, ...t.env, NODE_OPTIONS: '' };
  delete env[t.engine === 'pglite' ? 'DATABASE_URL' : 'PGLITE_DIR'];
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/user-create.ts', ...args],
      { cwd: SERVER, env },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin);
  });
}

describe('npm run user:create', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await t.db('offices').insert({ code: 'DIR-TERR', name: 'Direzione territorio' });
    // The embedded database serves one process: the CLI has it, the test opens it between runs.
    if (t.engine === 'pglite') await t.db.destroy();
  });
  afterAll(async () => {
    if (t.engine === 'pglite') fs.rmSync(t.env.PGLITE_DIR!, { recursive: true, force: true });
    else await t.destroy();
  });

  async function inspect<T>(look: (db: Knex) => Promise<T>): Promise<T> {
    const db = t.engine === 'pglite' ? await createDb({ kind: 'pglite', dir: t.env.PGLITE_DIR! }) : t.db;
    try {
      return await look(db);
    } finally {
      if (t.engine === 'pglite') await db.destroy();
    }
  }

  it('creates an admin with the password from stdin (argon2id hash), prints its id, audits it', async () => {
    const run = await userCreate(t, ['--email', 'Capo@Example.org', '--role', 'admin', '--name', 'Capo', '--password-stdin'], 'correct horse battery\n');
    expect(run).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\n$/) });
    const [user, audited] = await inspect(async (db) => [
      await db('users').where({ id: Number(run.stdout) }).first(),
      await db('audit_log').where({ resource_type: 'user', resource_id: run.stdout.trim(), action: 'create' }).count({ n: '*' }).first(),
    ]);
    expect(user).toMatchObject({ email: 'capo@example.org', role: 'admin', name: 'Capo', active: true, office_id: null });
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.password_hash, 'correct horse battery')).toBe(true);
    expect(audited).toEqual({ n: 1 });
  });

  it('refuses a short password, a wrong role, a duplicate e-mail and an unknown office; writes nothing', async () => {
    const short = await userCreate(t, ['--email', 'a@example.org', '--role', 'analyst'], 'short\n');
    const role = await userCreate(t, ['--email', 'a@example.org', '--role', 'root'], 'long enough password\n');
    const dup = await userCreate(t, ['--email', 'capo@example.org', '--role', 'analyst'], 'long enough password\n');
    const office = await userCreate(t, ['--email', 'm@example.org', '--role', 'manager', '--office', 'NOPE'], 'long enough password\n');
    const manager = await userCreate(t, ['--email', 'm@example.org', '--role', 'manager', '--office', 'DIR-TERR'], 'long enough password\n');
    expect(short.code).not.toBe(0);
    expect(short.stderr).toMatch(/at least 12 characters/);
    expect(role.code).toBe(2);
    expect(role.stderr).toMatch(/--role must be one of admin, analyst, manager/);
    expect(dup.stderr).toMatch(/already exists/);
    expect(office.stderr).toMatch(/no office with code "NOPE"/);
    expect(manager.code).toBe(0);
    const [emails, officeId, managerOffice] = await inspect(async (db) => [
      await db('users').orderBy('id').pluck('email'),
      (await db('offices').where({ code: 'DIR-TERR' }).first('id')).id,
      (await db('users').where({ email: 'm@example.org' }).first('office_id')).office_id,
    ]);
    expect(emails).toEqual(['capo@example.org', 'm@example.org']);
    expect(managerOffice).toBe(officeId);
  });

  it('prints the usage without --email or --role', async () => {
    const run = await userCreate(t, ['--role', 'admin'], '');
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/Usage: npm run user:create/);
  });

  it('on the embedded database, refuses while a server holds the folder, naming what to do; a dead server\'s note does not count', async () => {
    if (t.engine !== 'pglite') return; // A PostgreSQL server is shared by every process: nothing to refuse.
    const dir = t.env.PGLITE_DIR!;
    const users = () => inspect((db) => db('users').count({ n: '*' }).then((r) => Number(r[0]!.n)));
    const before = await users();
    // This test's own process stands for a running server.
    writeServerLock(dir, { pid: process.pid, port: 3999 });
    try {
      const refused = await userCreate(t, ['--email', 'secondo@example.org', '--role', 'analyst', '--password-stdin'], 'correct horse battery\n');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`The server (process ${process.pid}, http://localhost:3999) is running on the embedded database in ${dir}.`);
      expect(refused.stderr).toMatch(/Stop the server \(Ctrl\+C in its terminal\), run this command again/);
      expect(await users()).toBe(before);
    } finally {
      removeServerLock(dir);
    }
    expect(fs.existsSync(serverLockPath(dir))).toBe(false);

    // A note left by a server that died (its process is gone) is ignored.
    const gone = await new Promise<number>((resolve) => {
      const child = execFile(process.execPath, ['-e', '0'], () => resolve(child.pid!));
    });
    fs.writeFileSync(serverLockPath(dir), JSON.stringify({ pid: gone, port: 3999, startedAt: new Date().toISOString() }));
    try {
      const run = await userCreate(t, ['--email', 'secondo@example.org', '--role', 'analyst', '--password-stdin'], 'correct horse battery\n');
      expect(run).toMatchObject({ code: 0 });
      expect(await users()).toBe(before + 1);
    } finally {
      fs.rmSync(serverLockPath(dir), { force: true });
    }
  });
});
