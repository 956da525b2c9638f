/**
 * Import benchmark: `npm run bench:import`.
 *
 * 1. On the PostgreSQL server at BENCH_DATABASE_URL (or DATABASE_URL; default
 *    postgres://postgres@127.0.0.1:5432/postgres, used only as the admin connection) it (re)creates the
 *    database psm_bench_import, migrates it and loads the real seed data (24 indicators, 333 territories).
 * 2. In a temp folder it streams to disk a 1,000,000-row ISTAT SDMX-CSV (new column names; indicators x
 *    territories x months from 1990-01, so every row is a new observation of an existing indicator and
 *    territory; every 50th row OBS_STATUS P), and the same rows as a tab-separated file with the
 *    resolved ids, for `\copy`.
 * 3. Baseline: `psql \copy` of those rows into bench_copy, a table with the same columns, keys, indexes
 *    (partial unique key, series index, batch index...) and foreign keys as observations; timed as a
 *    child process (wall time). As information only, the same into bench_copy_nofk (no foreign keys).
 * 4. Pipeline: the importer CLI (server/src/cli/import.ts <file> --json) as a child process on the
 *    SDMX-CSV, timed as a whole (process start, reading, checking, writing); its peak RSS comes from the
 *    JSON it prints. Then it checks that observations and bench_copy each gained exactly 1,000,000 rows.
 * 5. Prints the times, rows/s, ratio pipeline / \copy (target <= 2.0) and the importer's peak RSS
 *    (target <= 300 MB) with PASS/FAIL. The targets are reported, not enforced: the exit code is 0 when
 *    the run completed, 1 when something broke (or the importer CLI is missing).
 * 6. Removes the temp files and drops the database, also on failure (BENCH_KEEP_DB=1 keeps it), as
 *    bench:read does.
 *
 * A CHECKPOINT runs before each timed step, so no step pays for flushing the previous one's writes.
 * BENCH_PSQL names the psql binary (default: psql on the PATH).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Knex } from 'knex';
import { STAGE_COLUMNS } from '../server/src/imports/pipeline/stage';
import { createSeededDatabase, dropBenchDatabase, PgAdmin, redact } from './pg-admin';

const ADMIN_URL = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const BENCH_DB = 'psm_bench_import';
/** BENCH_KEEP_DB=1 leaves the database in place at the end, to look into it. */
const KEEP_DB = process.env.BENCH_KEEP_DB === '1';
const PSQL = process.env.BENCH_PSQL || 'psql';

const ROWS = 1_000_000;
const FIRST_YEAR = 1990;
const PROVISIONAL_EVERY = 50;
const DATAFLOW = 'IT1:BENCH(1.0)';
const HEADER = 'DATAFLOW,FREQ,REF_AREA,DATA_TYPE,TIME_PERIOD,OBS_VALUE,OBS_STATUS';

const TARGET_RATIO = 2.0;
const TARGET_RSS_MB = 300;

const REPO_ROOT = path.resolve(__dirname, '..');
const IMPORT_CLI = 'server/src/cli/import.ts';

/** The columns \copy fills, in the order of the tab-separated file. */
const COPY_COLUMNS = [...STAGE_COLUMNS, 'import_batch_id'];

const log = (msg: string) => console.log(`[bench:import ${(performance.now() / 1000).toFixed(1).padStart(5)} s] ${msg}`);

const admin = new PgAdmin(ADMIN_URL);

const fmt = (n: number, d = 1) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const int = (n: number) => n.toLocaleString('en-US');
const mb = (bytes: number) => bytes / 1024 / 1024;
const pad2 = (n: number) => String(n).padStart(2, '0');

type Generated = { csvBytes: number; tsvBytes: number; indicators: number; territories: number; months: number; firstPeriod: string; lastPeriod: string; provisional: number; seconds: number };

/** A stream writer that keeps at most ~1 MB in memory and waits for the disk when the stream asks. */
function bufferedWriter(file: string) {
  const out = fs.createWriteStream(file);
  let buf = '';
  return {
    async write(s: string) {
      buf += s;
      if (buf.length >= 1 << 20) {
        const chunk = buf;
        buf = '';
        if (!out.write(chunk)) await once(out, 'drain');
      }
    },
    async end() {
      out.end(buf);
      buf = '';
      await once(out, 'finish');
    },
  };
}

/**
 * Streams the SDMX-CSV and the \copy file: indicators (by id) x territories (by id) x months from
 * 1990-01, as many months per series as needed to reach exactly ROWS rows.
 */
async function generateFiles(db: Knex, csvFile: string, tsvFile: string, batchId: number): Promise<Generated> {
  const started = performance.now();
  const indicators = (await db('indicators').orderBy('id').select('id', 'code')) as { id: number; code: string }[];
  const territories = (await db('territories').orderBy('id').select('id', 'code')) as { id: number; code: string }[];
  const series = indicators.length * territories.length;
  if (series === 0) throw new Error('the seed has no indicators or no territories');
  const months = Math.ceil(ROWS / series);
  const periods = Array.from({ length: months }, (_, p) => {
    const y = FIRST_YEAR + Math.floor(p / 12);
    const m = pad2((p % 12) + 1);
    return { period: `${y}-${m}`, start: `${y}-${m}-01` };
  });
  const csv = bufferedWriter(csvFile);
  const tsv = bufferedWriter(tsvFile);
  await csv.write(`${HEADER}\n`);
  let n = 0;
  let provisional = 0;
  let lastPeriod = '';
  outer: for (const ind of indicators) {
    for (const ter of territories) {
      for (const p of periods) {
        // A deterministic value with 2 decimals, 1.00 .. 999.99.
        const cents = 100 + ((n * 7919 + ind.id * 104_729 + ter.id * 31) % 99_900);
        const value = `${Math.floor(cents / 100)}.${pad2(cents % 100)}`;
        const prov = (n + 1) % PROVISIONAL_EVERY === 0;
        if (prov) provisional++;
        const line = n + 2; // the header is line 1
        await csv.write(`${DATAFLOW},M,${ter.code},${ind.code},${p.period},${value},${prov ? 'P' : ''}\n`);
        await tsv.write(`${ind.id}\t${ter.id}\t${p.period}\t${p.start}\t${value}\t${prov ? 't' : 'f'}\tf\tf\t${prov ? 'P' : '\\N'}\t${line}\t${batchId}\n`);
        lastPeriod = p.period > lastPeriod ? p.period : lastPeriod;
        if (++n === ROWS) break outer;
      }
    }
  }
  await csv.end();
  await tsv.end();
  if (n !== ROWS) throw new Error(`generated ${n} rows, expected ${ROWS}`);
  return {
    csvBytes: fs.statSync(csvFile).size,
    tsvBytes: fs.statSync(tsvFile).size,
    indicators: indicators.length,
    territories: territories.length,
    months,
    firstPeriod: periods[0]!.period,
    lastPeriod,
    provisional,
    seconds: (performance.now() - started) / 1000,
  };
}

/** bench_copy: observations' columns, defaults, checks, primary key and indexes (LIKE ... INCLUDING ALL), plus its foreign keys when asked. */
async function createCopyTable(db: Knex, table: string, withForeignKeys: boolean): Promise<void> {
  await db.raw(`drop table if exists ${table}`);
  await db.raw(`create table ${table} (like observations including all)`);
  // LIKE copies the id default, nextval('observations_id_seq'): give the copy a sequence of its own.
  await db.raw(`create sequence ${table}_id_seq owned by ${table}.id`);
  await db.raw(`alter table ${table} alter column id set default nextval('${table}_id_seq')`);
  if (!withForeignKeys) return;
  const fks = (
    await db.raw(`select conname, pg_get_constraintdef(oid) as def from pg_constraint where conrelid = 'observations'::regclass and contype = 'f' order by conname`)
  ).rows as { conname: string; def: string }[];
  if (fks.length === 0) throw new Error('observations has no foreign keys: the schema is not what this benchmark expects');
  for (const fk of fks) await db.raw(`alter table ${table} add constraint ${fk.conname.replace(/^observations/, table)} ${fk.def}`);
}

type TableShape = { indexes: string[]; foreignKeys: string[]; checks: string[] };

async function describeTable(db: Knex, table: string): Promise<TableShape> {
  const indexes = (
    await db.raw(
      `select pg_get_indexdef(i.indexrelid) as def from pg_index i join pg_class c on c.oid = i.indexrelid where i.indrelid = ?::regclass order by c.relname`,
      [table],
    )
  ).rows.map((r: { def: string }) => r.def.replace(/^CREATE (UNIQUE )?INDEX \S+ ON \S+ USING btree /, (_m, u?: string) => (u ? 'unique ' : ''))) as string[];
  const constraints = (
    await db.raw(`select contype, pg_get_constraintdef(oid) as def from pg_constraint where conrelid = ?::regclass and contype in ('f', 'c') order by conname`, [table])
  ).rows as { contype: string; def: string }[];
  return {
    indexes,
    foreignKeys: constraints.filter((c) => c.contype === 'f').map((c) => c.def.replace(/^FOREIGN KEY \((\w+)\) REFERENCES (\w+)\((\w+)\)/, '$1 -> $2.$3').toLowerCase()),
    checks: constraints.filter((c) => c.contype === 'c').map((c) => c.def),
  };
}

async function checkpoint(db: Knex): Promise<void> {
  await db.raw('checkpoint').catch((e: Error) => log(`CHECKPOINT not allowed (${e.message}); timings may include earlier writes`));
}

type Run = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; seconds: number; sampledPeakRss: number };

/** Runs a child process to its end, timing it from spawn to exit, and samples its peak RSS from /proc (Linux). */
function runTimed(command: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }, track: (c: ChildProcess | undefined) => void): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    track(child);
    let stdout = '';
    let stderr = '';
    let sampledPeakRss = 0;
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) sampledPeakRss = Math.max(sampledPeakRss, Number(m[1]) * 1024);
      } catch {
        // not Linux, or the process has gone
      }
    };
    const sampler = setInterval(sample, 100);
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    // Keep only the end of stderr: a failing run could print a lot.
    child.stderr!.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-20_000);
    });
    child.once('error', (err) => {
      clearInterval(sampler);
      track(undefined);
      reject(err);
    });
    child.once('close', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      track(undefined);
      resolve({ code, signal, stdout, stderr, seconds, sampledPeakRss });
    });
  });
}

type CopyResult = { seconds: number; rows: number };

async function psqlCopy(url: string, table: string, tsvFile: string, track: (c: ChildProcess | undefined) => void): Promise<CopyResult> {
  const command = `\\copy ${table} (${COPY_COLUMNS.join(', ')}) from '${tsvFile.replace(/'/g, "''")}'`;
  const run = await runTimed(PSQL, [url, '-X', '-v', 'ON_ERROR_STOP=1', '-c', command], { cwd: REPO_ROOT, env: process.env }, track);
  if (run.code !== 0) throw new Error(`psql \\copy into ${table} exited with ${run.code ?? run.signal}: ${run.stderr.trim() || run.stdout.trim()}`);
  const m = /COPY (\d+)/.exec(run.stdout);
  const rows = m ? Number(m[1]) : NaN;
  if (rows !== ROWS) throw new Error(`psql \\copy into ${table} reported "${run.stdout.trim()}", expected COPY ${ROWS}`);
  return { seconds: run.seconds, rows };
}

type ImportReport = {
  status?: string;
  batchId?: number;
  counts?: Record<string, number>;
  process?: { maxRssBytes?: number; elapsedMs?: number };
};

function parseImportJson(stdout: string): ImportReport {
  const text = stdout.trim();
  try {
    return JSON.parse(text) as ImportReport;
  } catch {
    // Fall back to the last line that is a JSON object, in case something else was printed first.
    const last = text
      .split('\n')
      .reverse()
      .find((l) => l.trim().startsWith('{'));
    if (!last) throw new Error(`the importer printed no JSON on stdout: ${text.slice(0, 500) || '(nothing)'}`);
    return JSON.parse(last) as ImportReport;
  }
}

async function main(): Promise<number> {
  const started = performance.now();
  let db: Knex | undefined;
  let child: ChildProcess | undefined;
  const track = (c: ChildProcess | undefined) => {
    child = c;
  };
  let dbCreated = false;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-bench-import-'));
  let cleaningUp: Promise<void> | undefined;
  const cleanup = () =>
    (cleaningUp ??= (async () => {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      if (db) await db.destroy().catch(() => undefined);
      if (dbCreated) await dropBenchDatabase(admin, BENCH_DB, KEEP_DB, log);
      fs.rmSync(tmp, { recursive: true, force: true });
    })());
  const onSignal = (sig: NodeJS.Signals) => {
    console.error(`\n${sig}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    // 1. Database.
    const version = (await admin.query('show server_version')).rows[0].server_version as string;
    log(`PostgreSQL ${version}, admin connection ${redact(admin.adminUrl)}`);
    const t = performance.now();
    const created = await createSeededDatabase(admin, BENCH_DB, () => (dbCreated = true));
    db = created.db;
    const url = created.url;
    const seedObservations = Number((await db('observations').count({ n: '*' }).first())?.n ?? 0);
    log(`created ${BENCH_DB}, migrated and seeded in ${fmt((performance.now() - t) / 1000)} s (${int(seedObservations)} seed observations)`);

    // 2. Files. The baseline's rows belong to an import batch of their own, as the importer's will.
    const [baselineBatch] = await db('import_batches')
      .insert({
        file_name: 'bench/import.ts (psql \\copy baseline)',
        format: 'bench-copy',
        checksum: 'bench-import-copy-baseline',
        source: 'benchmark',
        status: 'committed',
        rows_total: ROWS,
        rows_inserted: ROWS,
        created_by_label: 'bench:import',
        options: JSON.stringify({ benchmark: 'bench/import.ts', baseline: 'psql \\copy' }),
      })
      .returning('id');
    const csvFile = path.join(tmp, 'bench-import.sdmx.csv');
    const tsvFile = path.join(tmp, 'bench-import.copy.tsv');
    const gen = await generateFiles(db, csvFile, tsvFile, baselineBatch.id);
    log(
      `wrote ${int(ROWS)} rows: SDMX-CSV ${fmt(mb(gen.csvBytes))} MB, \\copy file ${fmt(mb(gen.tsvBytes))} MB, in ${fmt(gen.seconds)} s`,
    );
    const clash = Number(
      (
        await db('observations')
          .whereBetween('period', [gen.firstPeriod, gen.lastPeriod])
          .whereRaw(`period ~ '^[0-9]{4}-[0-9]{2}$'`)
          .count({ n: '*' })
          .first()
      )?.n ?? 0,
    );
    if (clash > 0) throw new Error(`the seed already has ${clash} monthly observations in ${gen.firstPeriod}..${gen.lastPeriod}: the rows would not all be new`);

    // 3. Baseline.
    await createCopyTable(db, 'bench_copy', true);
    await createCopyTable(db, 'bench_copy_nofk', false);
    const shapes = {
      observations: await describeTable(db, 'observations'),
      bench_copy: await describeTable(db, 'bench_copy'),
      bench_copy_nofk: await describeTable(db, 'bench_copy_nofk'),
    };
    if (shapes.bench_copy.indexes.length !== shapes.observations.indexes.length || shapes.bench_copy.foreignKeys.length !== shapes.observations.foreignKeys.length) {
      throw new Error('bench_copy does not have the indexes and foreign keys of observations');
    }
    await db.raw('analyze');
    await checkpoint(db);
    log(`psql \\copy of ${int(ROWS)} rows into bench_copy (indexes and foreign keys of observations)`);
    const copyFk = await psqlCopy(url, 'bench_copy', tsvFile, track);
    log(`  ${fmt(copyFk.seconds, 2)} s`);
    await checkpoint(db);
    log(`psql \\copy of ${int(ROWS)} rows into bench_copy_nofk (indexes, no foreign keys; information)`);
    const copyNoFk = await psqlCopy(url, 'bench_copy_nofk', tsvFile, track);
    log(`  ${fmt(copyNoFk.seconds, 2)} s`);
    const copied = Number((await db('bench_copy').count({ n: '*' }).first())?.n ?? 0);
    if (copied !== ROWS) throw new Error(`bench_copy has ${copied} rows, expected ${ROWS}`);

    const header = [
      '',
      '=== bench:import - SDMX-CSV through the import pipeline vs. psql \\copy of the same rows ===',
      `machine        ${os.cpus().length} CPU (${os.cpus()[0]?.model.trim()}), ${fmt(mb(os.totalmem()) / 1024)} GB RAM, Node ${process.version}, PostgreSQL ${version}`,
      `database       ${BENCH_DB} on ${redact(url)} (migrated + seed: ${gen.indicators} indicators, ${gen.territories} territories, ${int(seedObservations)} observations)`,
      `file           ISTAT SDMX-CSV, ${int(ROWS)} rows + header, ${fmt(mb(gen.csvBytes))} MB: ${HEADER}`,
      `               ${gen.indicators} indicators x ${gen.territories} territories x monthly ${gen.firstPeriod}..${gen.lastPeriod} (${gen.months} months per series, the last series cut at ${int(ROWS)}); ${int(gen.provisional)} rows OBS_STATUS P`,
      `\\copy file     the same rows with resolved ids, tab-separated, ${fmt(mb(gen.tsvBytes))} MB; columns ${COPY_COLUMNS.join(', ')}`,
      '',
      'tables',
      ...(['observations', 'bench_copy', 'bench_copy_nofk'] as const).flatMap((name) => [
        `  ${name}`,
        `    indexes       ${shapes[name].indexes.join('\n                  ')}`,
        `    foreign keys  ${shapes[name].foreignKeys.join(', ') || 'none'}`,
        `    checks        ${shapes[name].checks.length}`,
      ]),
      '',
    ];
    const rowRate = (seconds: number) => `${int(Math.round(ROWS / seconds)).padStart(9)} rows/s`;
    const baselineLines = [
      `baseline       psql \\copy, wall time of the psql process (CHECKPOINT before each run)`,
      `  into bench_copy (keys, indexes, FKs)     ${fmt(copyFk.seconds, 2).padStart(7)} s  ${rowRate(copyFk.seconds)}   <- judged`,
      `  into bench_copy_nofk (no FKs)            ${fmt(copyNoFk.seconds, 2).padStart(7)} s  ${rowRate(copyNoFk.seconds)}   (information)`,
    ];

    // 4. Pipeline.
    if (!fs.existsSync(path.join(REPO_ROOT, IMPORT_CLI))) {
      console.log([...header, ...baselineLines, '', `pipeline       NOT RUN: ${IMPORT_CLI} does not exist yet`, '', 'RESULT         INCOMPLETE (no importer CLI)'].join('\n'));
      return 1;
    }
    const before = Number((await db('observations').count({ n: '*' }).first())?.n ?? 0);
    await checkpoint(db);
    log(`importer: node --import tsx ${IMPORT_CLI} <file> --json`);
    const run = await runTimed(
      process.execPath,
      ['--import', 'tsx', IMPORT_CLI, csvFile, '--json'],
      { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: url } },
      track,
    );
    log(`  ${fmt(run.seconds, 2)} s, exit ${run.code ?? run.signal}`);
    if (run.code !== 0) {
      throw new Error(`the importer exited with ${run.code ?? run.signal}\n--- stdout ---\n${run.stdout.slice(-5000)}\n--- stderr (end) ---\n${run.stderr}`);
    }
    const report = parseImportJson(run.stdout);
    if (report.status !== 'committed' || typeof report.batchId !== 'number') {
      throw new Error(`the importer did not commit a batch: ${JSON.stringify(report).slice(0, 2000)}`);
    }
    const counts = report.counts ?? {};
    if (counts.records !== ROWS || counts.inserted !== ROWS) {
      throw new Error(`the importer counted ${JSON.stringify(counts)}, expected ${ROWS} records, all inserted`);
    }
    const after = Number((await db('observations').count({ n: '*' }).first())?.n ?? 0);
    const inBatch = Number((await db('observations').where({ import_batch_id: report.batchId }).count({ n: '*' }).first())?.n ?? 0);
    if (inBatch !== ROWS || after - before !== ROWS) {
      throw new Error(`observations: batch ${report.batchId} has ${inBatch} rows and the table grew by ${after - before}, expected ${ROWS}`);
    }

    // 5. Report.
    const ratio = run.seconds / copyFk.seconds;
    const ratioOk = ratio <= TARGET_RATIO;
    const rss = report.process?.maxRssBytes;
    const rssMb = typeof rss === 'number' ? mb(rss) : NaN;
    const rssOk = rssMb <= TARGET_RSS_MB;
    const elapsedMs = report.process?.elapsedMs;
    const lines = [
      ...header,
      ...baselineLines,
      '',
      `pipeline       ${IMPORT_CLI} <file> --json as a child process, wall time from spawn to exit`,
      `  SDMX-CSV -> observations                  ${fmt(run.seconds, 2).padStart(7)} s  ${rowRate(run.seconds)}`,
      `  importer's own elapsedMs                  ${typeof elapsedMs === 'number' ? fmt(elapsedMs / 1000, 2).padStart(7) + ' s' : '(not reported)'}  (the rest is process start-up)`,
      `  batch ${report.batchId}, counts ${Object.entries(counts).map(([k, v]) => `${k} ${int(v)}`).join(', ')}`,
      `  checked: observations +${int(after - before)} rows (all in batch ${report.batchId}), bench_copy ${int(copied)} rows`,
      '',
      `ratio          pipeline / \\copy = ${fmt(ratio, 2)}  (target <= ${fmt(TARGET_RATIO, 1)}) ${ratioOk ? 'PASS' : 'FAIL'}`,
      `peak RSS       importer = ${Number.isNaN(rssMb) ? '(not reported)' : `${fmt(rssMb)} MB`}  (target <= ${TARGET_RSS_MB} MB) ${rssOk ? 'PASS' : 'FAIL'}` +
        (run.sampledPeakRss ? `; sampled from /proc by the benchmark: ${fmt(mb(run.sampledPeakRss))} MB` : ''),
      '',
      `RESULT         ${ratioOk && rssOk ? 'PASS' : 'FAIL'}  (run took ${fmt((performance.now() - started) / 1000)} s; targets are reported, not enforced)`,
    ];
    console.log(lines.join('\n'));
    return 0;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error('bench:import failed:', err instanceof Error ? err.stack ?? err.message : err);
    process.exit(1);
  },
);
