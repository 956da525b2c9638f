import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sharedFile } from '../imports/readers/test-utils';
import { createTestDb, type TestDb } from '../test/test-db';

const execFileAsync = promisify(execFile);
const SERVER_DIR = path.resolve(__dirname, '../..');
const TSV = sharedFile('series/eurostat_tsv_nama_10r_3gdp_excerpt_IT_ITC1.tsv');
const TSV_OPTIONS = ['--indicator', 'EUROSTAT_GDP_EUR_HAB', '--filter', 'unit=EUR_HAB', '--filter', 'geo=IT,ITC1,ITC11,ITC'];

type Run = { code: number; stdout: string; stderr: string };

describe('npm run import', () => {
  let t: TestDb;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cli-'));

  /** The CLI as `npm run import -- …` starts it (tsx, from server/, INIT_CWD = where npm was called), on the test's database. */
  async function importCli(args: string[], initCwd = dir): Promise<Run> {
    const env: Record<string, string | undefined> = { ...process.env, ...t.env, NODE_OPTIONS: '', INIT_CWD: initCwd };
    delete env[t.engine === 'pglite' ? 'DATABASE_URL' : 'PGLITE_DIR'];
    try {
      const { stdout, stderr } = await execFileAsync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...args], { cwd: SERVER_DIR, env });
      return { code: 0, stdout, stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  }

  beforeAll(async () => {
    t = await createTestDb();
    // The embedded database serves one process: let the CLI have it.
    if (t.engine === 'pglite') await t.db.destroy();
  });
  afterAll(async () => {
    // On a usage error the CLI exits (2) without closing the embedded database; reopening that folder here
    // left this process unable to exit, so it is only removed. A PostgreSQL test database is dropped.
    if (t.engine === 'pglite') fs.rmSync(t.env.PGLITE_DIR!, { recursive: true, force: true });
    else await t.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('--dry-run prints the counts and writes nothing (exit 0)', async () => {
    const r = await importCli([TSV, ...TSV_OPTIONS, '--dry-run']);
    expect(r.stdout).toContain('Righe lette / records 1840 · filtrate / filtered out 1748 · vuote / missing 1 · errori / errors 0');
    expect(r.stdout).toContain('Nuovi / inserted 23 · aggiornati / updated 0 · invariati / unchanged 68 (anteprima / preview)');
    expect(r.stdout).toContain('EUROSTAT_GDP_EUR_HAB: 91 valori');
    expect(r.stdout).toContain('territori / territories 4 · periodi / periods 2000 – 2022');
    expect(r.stdout).toContain('Anteprima: nulla è stato scritto / Preview: nothing was written.');
    expect(r.code).toBe(0);
  });

  it('--json prints the report with the counts and the memory used', async () => {
    const r = await importCli([TSV, ...TSV_OPTIONS, '--dry-run', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      status: 'previewed',
      file: { name: path.basename(TSV), format: 'eurostat-tsv' },
      counts: { records: 1840, inserted: 23, unchanged: 68, updated: 0, errors: 0 },
    });
    expect(report.process.maxRssBytes).toBeGreaterThan(10 * 1024 * 1024);
    expect(report.process.elapsedMs).toEqual(expect.any(Number));
  });

  it('a file with errors: row and column of each, nothing written (exit 1)', async () => {
    fs.writeFileSync(path.join(dir, 'errato.csv'), 'indicatore;territorio;anno;valore\nBES_10AMB001P;ITC11;2023;36\nBES_10AMB001P;ITC11;2024;tanti\n');
    const r = await importCli(['errato.csv']);
    expect(r.stdout).toContain('row 3, column "valore": "tanti" is not a number.');
    expect(r.stdout).toContain('Nulla è stato scritto / Nothing was written.');
    expect(r.code).toBe(1);
  });

  it('commits a file given relative to where npm was called, lists the batch and rolls it back', async () => {
    fs.writeFileSync(path.join(dir, 'pm10-2023.csv'), 'indicatore;territorio;anno;valore;flag\nBES_10AMB001P;ITC11;2023;36,5;p\n');
    const committed = await importCli(['pm10-2023.csv', '--by', 'tester']);
    expect(committed.stdout).toContain('Nuovi / inserted 0 · aggiornati / updated 1 · invariati / unchanged 0\n');
    const id = /Importato \/ Committed: batch (\d+)\. Undo with: npm run import -- --rollback (\d+)/.exec(committed.stdout);
    expect(id?.[1]).toBeDefined();
    expect(id![2]).toBe(id![1]);
    expect(committed.code).toBe(0);

    const line = (status: string) => new RegExp(`^ *${id![1]}  ${status} +\\S+  \\+0 ~1  pm10-2023\\.csv \\(tidy-csv, tester\\)$`, 'm');
    expect((await importCli(['--list'])).stdout).toMatch(line('committed'));

    const rolledBack = await importCli(['--rollback', id![1]!]);
    expect(rolledBack.stdout).toContain(`Batch ${id![1]} annullato / rolled back: 1 values removed, 1 earlier values restored.`);
    expect(rolledBack.code).toBe(0);
    expect((await importCli(['--list'])).stdout).toMatch(line('rolled_back'));

    const again = await importCli(['--rollback', id![1]!]);
    expect(again.stderr).toContain('only a committed batch can be rolled back');
    expect(again.code).toBe(1);
  });

  it('wrong usage: names the bad argument and exits 2', async () => {
    const badMap = await importCli(['--map', 'foo', TSV]);
    expect(badMap.stderr).toContain('--map foo: expected SOURCE_CODE=OUR_CODE');
    expect(badMap.stderr).toContain('Exit codes:');
    expect(badMap.code).toBe(2);
    const unknown = await importCli(['--bogus', TSV]);
    expect(unknown.stderr).toContain("Unknown option '--bogus'");
    expect(unknown.code).toBe(2);
  });
});
