/**
 * Read benchmark: `npm run bench:read`.
 *
 * 1. On the PostgreSQL server at DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres,
 *    used only as the admin connection) it (re)creates the database psm_bench_read, migrates it,
 *    loads the real seed data and adds exactly 1,000,000 synthetic observations (40 synthetic
 *    indicators x every territory x monthly periods), in one INSERT ... SELECT, under an import batch
 *    of the benchmark's own. 8 of the synthetic indicators are linked to strategy 2.1 of
 *    psm-2024-2026, so its dashboard does real work. The synthetic data exists only in that database.
 * 2. It starts bench/read-server.ts as a child process: the real app plus express.static on a temp
 *    folder at /bench-static/, in the same process and middleware stack.
 * 3. It saves the dashboard's exact response bytes as <tmp>/dashboard.json and checks that the static
 *    route returns the same bytes; then autocannon (50 connections, warm-up, then a measured run)
 *    hits the dashboard and the static file in turn. Prints req/s, p99 and their ratio, with
 *    PASS/FAIL against the targets (ratio >= 0.5, dashboard p99 <= 50 ms); as extra information,
 *    the cold path (response cache defeated).
 * 4. It stops the server and drops the database, also on failure (BENCH_KEEP_DB=1 keeps it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { Knex } from 'knex';
import { type Server, startServer, stopServer } from './bench-server';
import { createSeededDatabase, dropBenchDatabase, PgAdmin, redact } from './pg-admin';

const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const BENCH_DB = 'psm_bench_read';
/** BENCH_KEEP_DB=1 leaves the database in place at the end, to look into it. */
const KEEP_DB = process.env.BENCH_KEEP_DB === '1';

const SYNTHETIC_OBSERVATIONS = 1_000_000;
const SYNTHETIC_INDICATORS = 40;
const LINKED_INDICATORS = 8;
const PLAN = 'psm-2024-2026';
const STRATEGY = '2.1';
const DASHBOARD_PATH = `/api/plans/${PLAN}/strategies/${STRATEGY}/dashboard`;
const STATIC_PATH = '/bench-static/dashboard.json';

const CONNECTIONS = 50;
const WARMUP_SECONDS = 3;
const MEASURE_SECONDS = 10;
const COLD_SEQUENTIAL_REQUESTS = 200;
const COLD_LOAD_SECONDS = 5;

const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 50;


const log = (msg: string) => console.log(`[bench:read ${(performance.now() / 1000).toFixed(1).padStart(5)} s] ${msg}`);

const admin = new PgAdmin(ADMIN_URL);

type SyntheticInfo = { territories: number; periods: string; synthetic: number; seed: number; total: number; linked: string[] };

/** Synthetic indicators, their 1,000,000 observations and the links to the benchmarked strategy. */
async function addSyntheticData(db: Knex): Promise<SyntheticInfo> {
  const seedObservations = Number((await db('observations').count({ n: '*' }).first())?.n ?? 0);
  const territories = Number((await db('territories').count({ n: '*' }).first())?.n ?? 0);
  return db.transaction(async (trx) => {
    await trx.raw('set local synchronous_commit = off');
    await trx.raw(
      `insert into indicators (code, name, name_en, definition, unit, decimals, source, source_agency, polarity, kind, frequency, theme, notes)
       select format('BENCH_SYN_%s', lpad(k::text, 3, '0')),
              format('Indicatore sintetico (benchmark) %s', lpad(k::text, 3, '0')),
              format('Synthetic indicator (benchmark) %s', lpad(k::text, 3, '0')),
              'Serie generata dal benchmark di lettura (bench/read.ts): non è un dato reale.',
              'indice', 2, 'other', 'bench/read.ts',
              (array['higher_better', 'lower_better', 'neutral'])[1 + k % 3],
              'structured', 'monthly', 'benchmark',
              'Synthetic data of the read benchmark; it exists only in the benchmark database.'
       from generate_series(1, ?::int) as k`,
      [SYNTHETIC_INDICATORS],
    );
    const [batch] = await trx('import_batches')
      .insert({
        file_name: 'bench/read.ts (synthetic observations)',
        format: 'synthetic',
        checksum: 'bench-read-synthetic',
        source: 'benchmark',
        status: 'committed',
        rows_total: SYNTHETIC_OBSERVATIONS,
        rows_inserted: SYNTHETIC_OBSERVATIONS,
        created_by_label: 'bench:read',
        options: JSON.stringify({ benchmark: 'bench/read.ts', synthetic: true }),
      })
      .returning('id');
    // Row n -> indicator n % 40, territory (n / 40) % T, month (n / 40T) counted back from 2025-12:
    // rows are written one period at a time (as yearly/monthly imports would add them), so the points
    // of one series are spread over the table rather than packed together. The oldest month is partial.
    const inserted = await trx.raw(
      `with ind as (select id, (row_number() over (order by code))::int - 1 as k from indicators where code like 'BENCH\\_SYN\\_%'),
            ter as (select id, (row_number() over (order by id))::int - 1 as k from territories),
            g as (select n, n % :ni::int as ik, (n / :ni::int) % :nt::int as tk, n / (:ni::int * :nt::int) as pk
                  from generate_series(0, :rows::int - 1) as n)
       insert into observations (indicator_id, territory_id, period, period_start, value, import_batch_id, source_row)
       select ind.id, ter.id, to_char(p.ps, 'YYYY-MM'), p.ps,
              round((100 + 30 * sin(g.tk * 0.7 + g.ik) + g.pk * 0.05 * (g.ik % 5 - 2) + ((g.n::bigint * 7919) % 1000) / 250.0)::numeric, 2),
              :batch::int, g.n + 1
       from g
       join ind on ind.k = g.ik
       join ter on ter.k = g.tk
       cross join lateral (select (date '2025-12-01' - make_interval(months => g.pk::int))::date as ps) as p`,
      { ni: SYNTHETIC_INDICATORS, nt: territories, rows: SYNTHETIC_OBSERVATIONS, batch: batch.id },
    );
    if (inserted.rowCount !== SYNTHETIC_OBSERVATIONS) throw new Error(`inserted ${inserted.rowCount} synthetic observations, expected ${SYNTHETIC_OBSERVATIONS}`);

    const strategy = await trx('strategies as s')
      .join('plans as p', 'p.id', 's.plan_id')
      .where({ 'p.code': PLAN, 's.code': STRATEGY })
      .first('s.id');
    if (!strategy) throw new Error(`strategy ${PLAN} ${STRATEGY} is not in the seed`);
    const maxPos = Number((await trx('indicator_strategies').where({ strategy_id: strategy.id }).max({ m: 'position' }).first())?.m ?? 0);
    const linked = await trx('indicators').where('code', 'like', 'BENCH\\_SYN\\_%').orderBy('code').limit(LINKED_INDICATORS).select('id', 'code');
    await trx('indicator_strategies').insert(
      linked.map((ind, idx) => ({
        indicator_id: ind.id,
        strategy_id: strategy.id,
        demonstration: true,
        rationale: 'Benchmark: synthetic link (bench/read.ts)',
        position: maxPos + 1 + idx,
      })),
    );
    const span = await trx('observations').where({ import_batch_id: batch.id }).min({ a: 'period' }).max({ b: 'period' }).first();
    return {
      territories,
      periods: `${span?.a}..${span?.b} (monthly)`,
      synthetic: SYNTHETIC_OBSERVATIONS,
      seed: seedObservations,
      total: seedObservations + SYNTHETIC_OBSERVATIONS,
      linked: linked.map((l) => l.code),
    };
  });
}

async function getBytes(url: string): Promise<{ status: number; body: Buffer; headers: Headers }> {
  const res = await fetch(url);
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()), headers: res.headers };
}

type Load = { reqPerSec: number; p50: number; p99: number; total: number; errors: string[] };

async function load(title: string, opts: autocannon.Options, seconds: number, warmup = WARMUP_SECONDS): Promise<Load> {
  if (warmup > 0) {
    log(`${title}: warm-up ${warmup} s`);
    await autocannon({ ...opts, connections: CONNECTIONS, duration: warmup });
  }
  log(`${title}: measuring ${seconds} s at ${CONNECTIONS} connections`);
  const r = await autocannon({ ...opts, connections: CONNECTIONS, duration: seconds });
  const errors: string[] = [];
  if (r.non2xx) errors.push(`${r.non2xx} non-2xx responses`);
  if (r.errors) errors.push(`${r.errors} connection errors`);
  if (r.timeouts) errors.push(`${r.timeouts} timeouts`);
  if (!r['2xx']) errors.push('no successful response');
  return { reqPerSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total, errors };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const fmt = (n: number, d = 1) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

async function main(): Promise<number> {
  const started = performance.now();
  let db: Knex | undefined;
  let server: Server | undefined;
  let dbCreated = false;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-bench-read-'));
  let cleaningUp: Promise<void> | undefined;
  const cleanup = () =>
    (cleaningUp ??= (async () => {
      if (server) await stopServer(server.child).catch((e) => console.error('stopping the server:', e));
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
    let t = performance.now();
    const created = await createSeededDatabase(admin, BENCH_DB, () => (dbCreated = true));
    db = created.db;
    const url = created.url;
    log(`created ${BENCH_DB}, migrated and seeded in ${fmt((performance.now() - t) / 1000)} s`);
    t = performance.now();
    const syn = await addSyntheticData(db);
    const insertSeconds = (performance.now() - t) / 1000;
    log(`inserted ${syn.synthetic.toLocaleString('en-US')} synthetic observations in ${fmt(insertSeconds)} s`);
    t = performance.now();
    await db.raw('vacuum analyze');
    log(`VACUUM ANALYZE in ${fmt((performance.now() - t) / 1000)} s`);
    const tableSize = (await db.raw(`select pg_size_pretty(pg_total_relation_size('observations')) as s`)).rows[0].s as string;
    await db.destroy();
    db = undefined;

    // 2. Server.
    fs.writeFileSync(path.join(tmp, 'dashboard.json'), '');
    server = await startServer({ DATABASE_URL: url, BENCH_STATIC_DIR: tmp });
    log(`bench server (pid ${server.child.pid}) on ${server.base}`);
    const dashboardUrl = `${server.base}${DASHBOARD_PATH}`;
    const staticUrl = `${server.base}${STATIC_PATH}`;

    // 3. Same bytes both ways.
    const first = await getBytes(dashboardUrl);
    if (first.status !== 200) throw new Error(`GET ${DASHBOARD_PATH} answered ${first.status}: ${first.body.toString().slice(0, 500)}`);
    fs.writeFileSync(path.join(tmp, 'dashboard.json'), first.body);
    const copy = await getBytes(staticUrl);
    if (copy.status !== 200 || !copy.body.equals(first.body)) throw new Error(`GET ${STATIC_PATH} does not return the dashboard's bytes (status ${copy.status})`);
    if (copy.headers.get('x-content-type-options') !== 'nosniff') throw new Error('the static route did not go through the app middleware');
    const parsed = JSON.parse(first.body.toString()) as { indicators: { code: string; series: { points: unknown[] }[] }[] };
    const points = parsed.indicators.reduce((n, i) => n + i.series.reduce((m, s) => m + s.points.length, 0), 0);
    log(`dashboard: ${first.body.length.toLocaleString('en-US')} bytes, ${parsed.indicators.length} indicators, ${points} points; static copy identical`);

    // 4. Load.
    const dash = await load('dashboard', { url: dashboardUrl }, MEASURE_SECONDS);
    const stat = await load('static file', { url: staticUrl }, MEASURE_SECONDS);

    // Cold path, extra information: a second server process with the response cache off, so every
    // request runs the queries, builds and serialises the JSON and hashes the ETag.
    await stopServer(server.child);
    server = await startServer({ DATABASE_URL: url, BENCH_STATIC_DIR: tmp, BENCH_NO_CACHE: '1' });
    const coldUrl = `${server.base}${DASHBOARD_PATH}`;
    const probe = await getBytes(coldUrl);
    if (probe.status !== 200 || !probe.body.equals(first.body)) throw new Error('the uncached server does not return the same dashboard bytes');
    log(`cold path: ${COLD_SEQUENTIAL_REQUESTS} sequential uncached requests (server pid ${server.child.pid}, response cache off)`);
    const times: number[] = [];
    for (let i = 0; i < COLD_SEQUENTIAL_REQUESTS; i++) {
      const s = performance.now();
      const r = await getBytes(coldUrl);
      times.push(performance.now() - s);
      if (r.status !== 200 || r.body.length !== first.body.length) throw new Error(`cold request ${i} answered ${r.status} with ${r.body.length} bytes`);
    }
    times.sort((a, b) => a - b);
    const cold = await load(
      'cold path under load',
      { url: coldUrl },
      COLD_LOAD_SECONDS,
      0,
    );

    // 5. Report.
    const ratio = dash.reqPerSec / stat.reqPerSec;
    const ratioOk = ratio >= TARGET_RATIO;
    const p99Ok = dash.p99 <= TARGET_P99_MS;
    const errors = [...dash.errors.map((e) => `dashboard: ${e}`), ...stat.errors.map((e) => `static: ${e}`), ...cold.errors.map((e) => `cold path: ${e}`)];
    const pass = ratioOk && p99Ok && errors.length === 0;
    const row = (name: string, l: Load) =>
      `  ${name.padEnd(30)} ${fmt(l.reqPerSec).padStart(10)} ${fmt(l.p50, 0).padStart(8)} ${fmt(l.p99, 0).padStart(8)} ${l.total.toLocaleString('en-US').padStart(10)}`;
    const lines = [
      '',
      '=== bench:read - strategy dashboard vs. the same bytes as a static file ===',
      `machine        ${os.cpus().length} CPU (${os.cpus()[0]?.model.trim()}), Node ${process.version}, PostgreSQL ${version}`,
      `database       ${BENCH_DB} on ${redact(url)}`,
      `observations   ${syn.synthetic.toLocaleString('en-US')} synthetic (exactly; ${SYNTHETIC_INDICATORS} indicators BENCH_SYN_* x ${syn.territories} territories x months ${syn.periods})`,
      `               + ${syn.seed.toLocaleString('en-US')} from the seed = ${syn.total.toLocaleString('en-US')} rows; table with indexes ${tableSize}; inserted in ${fmt(insertSeconds)} s`,
      `endpoint       GET ${DASHBOARD_PATH} (default territories ITC11, ITC1, IT)`,
      `               ${parsed.indicators.length} indicators (${syn.linked.length} synthetic: ${syn.linked[0]}..${syn.linked.at(-1)}), ${points} points, ${first.body.length.toLocaleString('en-US')} bytes of JSON`,
      `static copy    GET ${STATIC_PATH} (express.static in the same app and process; bytes identical)`,
      `load           autocannon, ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up then ${MEASURE_SECONDS} s measured, each URL in turn; load generator on the same machine`,
      '',
      `  ${''.padEnd(30)} ${'req/s'.padStart(10)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'requests'.padStart(10)}`,
      row('dashboard (response cache)', dash),
      row('static file', stat),
      '',
      `ratio          dashboard / static = ${fmt(ratio, 2)}  (target >= ${TARGET_RATIO}) ${ratioOk ? 'PASS' : 'FAIL'}`,
      `p99            dashboard = ${fmt(dash.p99, 0)} ms  (target <= ${TARGET_P99_MS} ms) ${p99Ok ? 'PASS' : 'FAIL'}`,
      `errors         ${errors.length ? errors.join('; ') : 'none (no non-2xx, connection errors or timeouts)'}`,
      '',
      'cold path (extra information, not judged): the same server started with the response cache off, so',
      'every request runs the queries, builds and serialises the JSON and hashes the ETag, as after a data change.',
      `  ${COLD_SEQUENTIAL_REQUESTS} sequential requests      mean ${fmt(times.reduce((a, b) => a + b, 0) / times.length)} ms, p50 ${fmt(percentile(times, 50))} ms, p99 ${fmt(percentile(times, 99))} ms, max ${fmt(times.at(-1)!)} ms`,
      `  ${CONNECTIONS} connections, ${COLD_LOAD_SECONDS} s         ${fmt(cold.reqPerSec)} req/s, p50 ${fmt(cold.p50, 0)} ms, p99 ${fmt(cold.p99, 0)} ms (${cold.total.toLocaleString('en-US')} requests)`,
      '',
      `RESULT         ${pass ? 'PASS' : 'FAIL'}  (run took ${fmt((performance.now() - started) / 1000)} s)`,
    ];
    console.log(lines.join('\n'));
    return pass ? 0 : 1;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error('bench:read failed:', err instanceof Error ? err.stack ?? err.message : err);
    process.exit(1);
  },
);
