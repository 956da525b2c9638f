import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../config/config';
import { createDb } from '../db/knex';
import { createTestDb, type TestDb } from '../test/test-db';

const run = promisify(execFile);

/** `npm run plan:import -- <file> …` as an analyst types it, against a database of the test's own. */
async function planImport(t: TestDb, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, ...t.env, NODE_OPTIONS: '' };
  delete (env as Record<string, string | undefined>)[t.engine === 'pglite' ? 'DATABASE_URL' : 'PGLITE_DIR'];
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'server/src/cli/plan-import.ts', ...args], { cwd: REPO_ROOT, env });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run plan:import', () => {
  let t: TestDb;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-cli-'));
  beforeAll(async () => {
    t = await createTestDb();
    // The embedded database serves one process: let the CLI have it.
    if (t.engine === 'pglite') await t.db.destroy();
  });
  afterAll(async () => {
    if (t.engine === 'pglite') t.db = await createDb({ kind: 'pglite', dir: t.env.PGLITE_DIR! });
    await t.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports a good file and rejects a bad one with the row and column, exit code 1', async () => {
    const good = path.join(dir, 'piano.csv');
    fs.writeFileSync(good, 'codice;codice_padre;titolo\n1.6;1;Strategia aggiunta\n');
    const ok = await planImport(t, [good, '--plan', 'psm-2021-2023']);
    expect(ok.stdout).toContain('Plan psm-2021-2023: created 0 axes, 1 strategies, 0 actions; updated 0; unchanged 0.');
    expect(ok.code).toBe(0);

    const bad = path.join(dir, 'errato.csv');
    fs.writeFileSync(bad, 'codice;codice_padre;titolo\n1.7;1;Buona\n1.7;1;Doppia\n');
    const ko = await planImport(t, [bad, '--plan', 'psm-2021-2023']);
    expect(ko.code).toBe(1);
    expect(ko.stderr).toContain('errato.csv: 1 problem(s); nothing was written.');
    expect(ko.stderr).toContain('row 3, column "code": duplicate code "1.7" (first at row 2)');
  });
});
