import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import request from 'supertest';
import { type App, createApp } from '../app';
import { createDb, migrateLatest } from '../db/knex';
import type { ImportBatchRow } from '../db/rows';
import { GRACE_MS, processTag, registerProcess } from '../jobs/presence';
import { seedDatabase } from '../seed/seed';
import { startPrivatePostgres, type PrivatePostgres } from '../test/private-postgres';
import { startServerProcess, type ServerProcess } from '../test/server-process';

/**
 * Import jobs shared by two API processes on one PostgreSQL server: a real server process (A, as
 * `npm start` runs it) and this test's app (B). Any process answers a job's progress; a process that
 * starts leaves a live process's job alone; a process killed in the middle of a commit leaves nothing
 * written, its batch failed and its locks released within seconds, by the surviving process.
 */
const TOKEN = 'shared-jobs-test-admin-token-0123456789';
const bearer = { Authorization: `Bearer ${TOKEN}` };
const quiet = () => undefined;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startServer(env: Record<string, string>): ServerProcess {
  return startServerProcess({ SKIP_SEED: '1', ADMIN_TOKEN: TOKEN, ...env });
}

/** A tidy CSV of `years` annual values of three indicators for every territory: enough rows to take seconds. */
async function bigCsv(db: Knex, file: string, years: number, firstYear = 1800): Promise<number> {
  const territories = (await db('territories').orderBy('code').pluck('code')) as string[];
  const indicators = (await db('indicators').orderBy('code').limit(3).pluck('code')) as string[];
  const out = fs.createWriteStream(file);
  out.write('indicator,territory,period,value\n');
  let rows = 0;
  for (const ind of indicators) {
    for (const ter of territories) {
      const lines: string[] = [];
      for (let y = 0; y < years; y++) lines.push(`${ind},${ter},${firstYear + y},${(rows++ % 997) + 0.5}`);
      out.write(`${lines.join('\n')}\n`);
    }
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return rows;
}

describe('import jobs shared by several API processes', () => {
  let pg: PrivatePostgres;
  let db: Knex;
  let dbB: Knex;
  let b: App;
  let apiB: ReturnType<typeof request>;
  let a: ServerProcess | null = null;
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shared-jobs-'));
  const csv = path.join(uploadDir, 'big.csv');
  let rows = 0;
  const logged: string[] = [];

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    const log = { warn: quiet, error: quiet, debug: quiet, deprecate: quiet };
    db = await createDb({ kind: 'postgres', url: pg.url, poolMax: 3, log });
    await migrateLatest(db);
    await seedDatabase(db);
    rows = await bigCsv(db, csv, 200);
    const tagB = processTag();
    dbB = await createDb({ kind: 'postgres', url: pg.url, poolMax: 5, log, applicationName: tagB });
    b = createApp({ db: dbB, adminToken: TOKEN, uploadDir, sharedJobs: { url: pg.url, tag: tagB }, log: (msg) => logged.push(msg) });
    apiB = request(b);
  }, 120_000);

  afterAll(async () => {
    if (a && a.child.exitCode === null) a.child.kill('SIGKILL');
    await b?.locals.importJobs.release();
    await dbB?.destroy();
    await db?.destroy();
    await pg?.destroy();
    fs.rmSync(uploadDir, { recursive: true, force: true });
  });

  const batch = async (id: number) => (await db<ImportBatchRow>('import_batches').where({ id }).first())!;
  const sessionsOf = async (tag: string) => Number((await db.raw('select count(*) as n from pg_stat_activity where application_name = ?', [tag])).rows[0].n);

  it('answers progress from any process, spares a live process, and cleans up after one killed mid-commit', async () => {
    a = startServer({ DATABASE_URL: pg.url, UPLOAD_DIR: uploadDir, SHUTDOWN_TIMEOUT_MS: '1000' });
    const apiA = request(`http://127.0.0.1:${await a.port}`);

    // Uploaded to A, which previews it; B, asked meanwhile, answers with the progress A writes to the row.
    const up = await apiA.post('/api/imports').set(bearer).attach('file', csv, 'big.csv').expect(202);
    const id = up.body.id as number;
    const seen: { status: string; rowsDone: number }[] = [];
    for (let res = await apiB.get(`/api/imports/${id}`).set(bearer); ; res = await apiB.get(`/api/imports/${id}`).set(bearer)) {
      expect(res.status).toBe(200);
      if (res.body.progress) seen.push({ status: res.body.status, rowsDone: res.body.progress.rowsDone });
      if (!['uploaded', 'previewing'].includes(res.body.status)) break;
      await sleep(50);
    }
    expect(await batch(id)).toMatchObject({ status: 'previewed', rows_inserted: rows, progress: null });
    expect(seen.some((s) => s.status === 'previewing' && s.rowsDone > 0)).toBe(true);
    const tagA = ((await db('app_processes').where({ id: (await batch(id)).worker_id }).first()) as { tag: string }).tag;

    // The commit, asked of A, runs on A; B starts meanwhile and leaves it alone: A is alive.
    await apiA.post(`/api/imports/${id}/commit`).set(bearer).expect(202);
    for (let row = await batch(id); !(row.status === 'committing' && row.worker_id); row = await batch(id)) await sleep(20);
    expect(await b.locals.importJobs.start()).toEqual({ failed: 0 });
    expect(await batch(id)).toMatchObject({ status: 'committing' });
    // Killed while its transaction holds the import lock.
    for (let i = 0; i < 200 && !(await db.raw(`select 1 from pg_locks where locktype = 'advisory' and objid = 7201003 and granted`)).rows.length; i++) await sleep(20);
    expect((await db.raw(`select 1 from pg_locks where locktype = 'advisory' and objid = 7201003 and granted`)).rows).toHaveLength(1);
    const killedAt = Date.now();
    a.child.kill('SIGKILL');
    await a.exit;

    // B notices A is gone: the batch is failed, A's sessions and locks are gone, nothing was written.
    let row = await batch(id);
    while (row.status === 'committing' && Date.now() - killedAt < 15_000) {
      await sleep(100);
      row = await batch(id);
    }
    const secondsToFail = (Date.now() - killedAt) / 1000;
    expect(row).toMatchObject({ status: 'failed', error: expect.stringMatching(/server running the job stopped/), progress: null });
    expect(secondsToFail).toBeLessThan(15);
    expect(await sessionsOf(tagA)).toBe(0);
    expect((await db.raw(`select 1 from pg_locks where locktype = 'advisory' and objid = 7201003`)).rows).toHaveLength(0);
    expect(Number((await db('observations').where({ import_batch_id: id }).count({ n: '*' }).first())!.n)).toBe(0);
    expect(await db('app_processes').where({ tag: tagA }).first()).toMatchObject({ stopped_at: expect.any(Date) });

    // The same file again, on B: previewed and committed whole.
    const again = await apiB.post('/api/imports').set(bearer).attach('file', csv, 'big.csv').expect(202);
    const id2 = again.body.id as number;
    for (let r = await batch(id2); ['uploaded', 'previewing'].includes(r.status); r = await batch(id2)) await sleep(100);
    await apiB.post(`/api/imports/${id2}/commit`).set(bearer).expect(202);
    for (let r = await batch(id2); r.status === 'committing'; r = await batch(id2)) await sleep(100);
    expect(await batch(id2)).toMatchObject({ status: 'committed', rows_inserted: rows });
    expect(Number((await db('observations').where({ import_batch_id: id2 }).count({ n: '*' }).first())!.n)).toBe(rows);
    expect(logged).toEqual([expect.stringMatching(/1 job\(s\) of stopped processes marked failed/)]);
  }, 240_000);

  it('does not judge gone a process whose presence connection was cut, and one judged gone comes back', async () => {
    const p1 = await registerProcess(db, { tag: processTag(), url: pg.url, log: quiet });
    const p2 = await registerProcess(db, { tag: processTag(), url: pg.url, log: quiet });
    try {
      expect(await p2.findGone()).toEqual([]);
      // As in a database restart: p1's connection is cut; it takes its lock again before the grace ends.
      await db.raw('select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?', [p1.tag]);
      expect(await p2.findGone()).toEqual([]);
      await sleep(GRACE_MS + 500);
      expect(await p2.findGone()).toEqual([]);
      // Judged gone meanwhile (say it froze past the lease): its next heartbeat brings it back.
      await db('app_processes').where({ id: p1.id }).update({ stopped_at: db.fn.now() });
      for (let i = 0; i < 80 && (await db('app_processes').where({ id: p1.id }).first()).stopped_at; i++) await sleep(100);
      expect(await db('app_processes').where({ id: p1.id }).first()).toMatchObject({ stopped_at: null });
    } finally {
      await p1.stop();
      await p2.stop();
    }
  }, 60_000);

  it('fails its own job at once when stopped (SIGTERM) past the shutdown deadline', async () => {
    const other = path.join(uploadDir, 'other.csv');
    const n = await bigCsv(db, other, 150, 1500);
    // B takes no more jobs: this one runs on A2.
    await b.locals.importJobs.stop();
    const a2 = startServer({ DATABASE_URL: pg.url, UPLOAD_DIR: uploadDir, SHUTDOWN_TIMEOUT_MS: '300' });
    a = a2;
    const apiA = request(`http://127.0.0.1:${await a2.port}`);
    const id = (await apiA.post('/api/imports').set(bearer).attach('file', other, 'other.csv').expect(202)).body.id as number;
    for (let r = await batch(id); ['uploaded', 'previewing'].includes(r.status); r = await batch(id)) await sleep(100);
    expect(await batch(id)).toMatchObject({ status: 'previewed', rows_inserted: n });
    await apiA.post(`/api/imports/${id}/commit`).set(bearer).expect(202);
    for (let i = 0; i < 500 && !(await db.raw(`select 1 from pg_locks where locktype = 'advisory' and objid = 7201003 and granted`)).rows.length; i++) await sleep(20);
    a2.child.kill('SIGTERM');
    expect(await a2.exit).toBe(0);
    // Recorded by A2 itself before it exited (B, which would say "the server running the job stopped", was not asked).
    expect(await batch(id)).toMatchObject({ status: 'failed', error: expect.stringMatching(/^Interrupted: the server stopped before the job finished/) });
    expect(Number((await db('observations').where({ import_batch_id: id }).count({ n: '*' }).first())!.n)).toBe(0);
    expect(await db('app_processes').where({ pid: a2.child.pid }).first()).toMatchObject({ stopped_at: expect.any(Date) });
  }, 120_000);
});
