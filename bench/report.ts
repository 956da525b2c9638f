/**
 * Report benchmark: `npm run bench:report` (issue 12).
 *
 * 1. On the PostgreSQL server at DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres,
 *    the admin connection) it (re)creates psm_bench_report, migrates and seeds it with the real seed
 *    data, and saves a report of psm-2024-2026 with every loaded strategy (a summary each), 40
 *    indicator figures (the seed's indicators in turn, every other one with its table), a status
 *    table and the roll-up charts by axis and by strategy.
 * 2. Exports it to DOCX and to PDF, each in a process of its own (bench/report-export.ts): time of
 *    resolve + render and the process's peak RSS. Targets: <= 10 s and <= 500 MB each.
 * 3. Starts the real app (bench/read-server.ts, with a static folder) and compares the PNG figure
 *    endpoint (response cache on) with the same bytes served as a static file: req/s ratio, target
 *    >= 0.8. Then, with the response cache off, the uncached p50 of the same PNG, sequentially.
 * 4. Stops the server and drops the database, also on failure (BENCH_KEEP_DB=1 keeps it).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { createReport } from '../server/src/reports/service';
import { type Server, startServer, stopServer } from './bench-server';
import { createSeededDatabase, dropBenchDatabase, PgAdmin, redact } from './pg-admin';

const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const BENCH_DB = 'psm_bench_report';
const KEEP_DB = process.env.BENCH_KEEP_DB === '1';
const PLAN = 'psm-2024-2026';
const FIGURES = 40;
const PNG_PATH = '/api/figures/indicators/BES_03LAV001-N22.png?lang=it&scale=2';
const STATIC_PATH = '/bench-static/figure.png';
const CONNECTIONS = 10;
const SECONDS = 8;
const UNCACHED_REQUESTS = 60;
const TARGET = { seconds: 10, rssMb: 500, ratio: 0.8 };

const REPO_ROOT = path.resolve(__dirname, '..');
const SERVER_DIR = path.join(REPO_ROOT, 'server');
const log = (msg: string) => console.log(`[bench:report ${(performance.now() / 1000).toFixed(1).padStart(5)} s] ${msg}`);
const fmt = (n: number, d = 1) => n.toFixed(d);
const admin = new PgAdmin(ADMIN_URL);

type Export = { format: string; ms: number; resolvedMs: number; bytes: number; figures: number; tables: number; maxRssMb: number };

function runExport(url: string, id: number, format: 'docx' | 'pdf', out: string): Export {
  const line = execFileSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'bench', 'report-export.ts')], {
    cwd: SERVER_DIR,
    env: { ...process.env, DATABASE_URL: url, REPORT_ID: String(id), FORMAT: format, OUT: out },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(line.trim().split('\n').at(-1)!) as Export;
}

async function rate(url: string): Promise<{ reqPerSec: number; p50: number; errors: number }> {
  await autocannon({ url, connections: CONNECTIONS, duration: 2 });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  return { reqPerSec: r.requests.average, p50: r.latency.p50, errors: r.non2xx + r.errors + r.timeouts };
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-report-'));
  let dbCreated = false;
  let server: Server | null = null;
  const lines: string[] = [];
  let ok = true;
  try {
    const t0 = performance.now();
    const { db, url } = await createSeededDatabase(admin, BENCH_DB, () => (dbCreated = true));
    log(`created ${BENCH_DB} on ${redact(url)}, migrated and seeded in ${fmt((performance.now() - t0) / 1000)} s`);
    const indicators = (await db('indicators').orderBy('code').select('code')).map((r: { code: string }) => r.code);
    const strategies = (await db('strategies as s').join('plans as p', 'p.id', 's.plan_id').where('p.code', PLAN).orderByRaw(`string_to_array(s.code, '.')::int[]`).select('s.code')).map(
      (r: { code: string }) => r.code,
    );
    const sections = [
      { kind: 'heading' as const, text: 'Il contesto' },
      { kind: 'text' as const, markdown: 'Il rapporto del benchmark: ogni strategia caricata e 40 figure.' },
      ...Array.from({ length: FIGURES }, (_, i) => ({ kind: 'indicator' as const, indicator: indicators[i % indicators.length]!, table: i % 2 === 1, text: null })),
      { kind: 'heading' as const, text: 'Le strategie' },
      ...strategies.map((code) => ({ kind: 'strategy' as const, strategy: code, text: null })),
      { kind: 'heading' as const, text: "L'attuazione" },
      { kind: 'status-table' as const, by: 'axis' as const },
      { kind: 'rollup' as const, livello: 'assi' as const },
      { kind: 'rollup' as const, livello: 'strategie' as const },
    ];
    const today = new Date().toISOString().slice(0, 10);
    const report = await createReport(db, { plan: PLAN, title: 'Benchmark – Aggiornamento', referenceDate: today, lang: 'it', sections }, { actor: 'bench', userId: null, role: 'admin', officeId: null });
    await db.destroy();
    log(`report ${report.id}: ${sections.length} sections, ${strategies.length} strategies, ${FIGURES} indicator figures`);

    for (const format of ['docx', 'pdf'] as const) {
      const out = path.join(tmp, `report.${format}`);
      const r = runExport(url, report.id, format, out);
      const pass = r.ms / 1000 <= TARGET.seconds && r.maxRssMb <= TARGET.rssMb;
      ok &&= pass;
      const pages = format === 'pdf' ? ` ${/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))?.[1]} pages,` : '';
      lines.push(
        `${format.toUpperCase().padEnd(4)}  ${fmt(r.ms / 1000, 2)} s (resolve ${fmt(r.resolvedMs / 1000, 2)} s), peak RSS ${fmt(r.maxRssMb, 0)} MB,${pages} ${r.figures} figures, ${r.tables} tables, ${fmt(r.bytes / 1024, 0)} KiB  ${pass ? 'PASS' : 'FAIL'} (<= ${TARGET.seconds} s, <= ${TARGET.rssMb} MB)`,
      );
      log(lines.at(-1)!);
    }

    server = await startServer({ DATABASE_URL: url, BENCH_STATIC_DIR: tmp });
    const png = Buffer.from(await (await fetch(server.base + PNG_PATH)).arrayBuffer());
    fs.writeFileSync(path.join(tmp, 'figure.png'), png);
    const copy = Buffer.from(await (await fetch(server.base + STATIC_PATH)).arrayBuffer());
    if (!copy.equals(png)) throw new Error('the static copy differs from the figure');
    log(`PNG figure ${png.length} bytes; cached endpoint vs static file, ${CONNECTIONS} connections, ${SECONDS} s each`);
    const figure = await rate(server.base + PNG_PATH);
    const file = await rate(server.base + STATIC_PATH);
    const ratio = figure.reqPerSec / file.reqPerSec;
    const ratioPass = ratio >= TARGET.ratio && figure.errors === 0 && file.errors === 0;
    ok &&= ratioPass;
    lines.push(
      `PNG   cached endpoint ${fmt(figure.reqPerSec, 0)} req/s (p50 ${figure.p50} ms) vs static file ${fmt(file.reqPerSec, 0)} req/s (p50 ${file.p50} ms): ratio ${fmt(ratio, 2)}  ${ratioPass ? 'PASS' : 'FAIL'} (>= ${TARGET.ratio})`,
    );
    log(lines.at(-1)!);
    await stopServer(server.child);
    server = await startServer({ DATABASE_URL: url, BENCH_STATIC_DIR: tmp, BENCH_NO_CACHE: '1' });
    const times: number[] = [];
    for (let i = 0; i < UNCACHED_REQUESTS; i++) {
      const t = performance.now();
      const res = await fetch(server.base + PNG_PATH);
      await res.arrayBuffer();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    lines.push(`PNG   uncached (response cache off), ${UNCACHED_REQUESTS} sequential requests: p50 ${fmt(times[Math.floor(times.length / 2)]!, 1)} ms, p90 ${fmt(times[Math.floor(times.length * 0.9)]!, 1)} ms`);
    log(lines.at(-1)!);
  } finally {
    if (server) await stopServer(server.child);
    if (dbCreated) await dropBenchDatabase(admin, BENCH_DB, KEEP_DB, log);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(['', '=== bench:report ===', `machine        ${os.cpus().length} cores, ${fmt(os.totalmem() / 2 ** 30, 0)} GiB, load ${os.loadavg().map((l) => fmt(l, 2)).join(' ')}`, ...lines, `RESULT ${ok ? 'PASS' : 'FAIL'}`].join('\n'));
  process.exitCode = ok ? 0 : 1;
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
