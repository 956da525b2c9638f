/**
 * Fault benchmark: `npm run bench:faults` (issue 11, item 9).
 *
 * 1. Starts a private PostgreSQL 15 of its own (server/src/test/private-postgres.ts: initdb in a temp
 *    folder, a free port; PG_BIN names the binaries), creates the database psm_bench_faults, migrates
 *    and seeds it, and writes a FAULTS_IMPORT_ROWS-row (default 300,000) ISTAT SDMX-CSV of existing
 *    indicators x territories x months from 1990-01 (new observations only), as bench:import does.
 * 2. Starts two API processes (server/src/index.ts, A and B) on two ports, the same database and the
 *    same upload folder, API only (CLIENT_DIST empty), with an ADMIN_TOKEN for the writes. If nginx or
 *    haproxy is installed it says so, but the load generator always balances itself: round-robin over
 *    A and B, and a request refused at connect (ECONNREFUSED: never sent) goes to the other server, as
 *    a load balancer would (counted as "retried").
 * 3. Uploads the file to A and waits for its preview. Then FAULTS_CONNECTIONS (default 150) connections
 *    send mixed reads and writes for FAULTS_SECONDS (default 60), FAULTS_WRITE_SHARE of them writes
 *    (default 0.2), each connection pausing 0..2xFAULTS_THINK_MS (default 50 ms) between requests.
 *    Reads: plans, plan tree, strategy dashboard, indicators, observations, planning tools, action detail.
 *    Writes, each with a unique token: new planning tools (code fb-<run>-<n>) and action status updates
 *    (If-Match from the last ETag; comment "bench:faults <token>"; 409 conflicts are fine).
 * 4. Faults, at fractions of the duration: at 1/3 (t=20 s of 60) PostgreSQL stops (fast), stays down
 *    FAULTS_PG_DOWN_MS (3000) and starts again; at 35/60 the commit of the uploaded file starts on A and,
 *    as soon as A reports its phase "writing", A gets SIGKILL and is started again at once (as a
 *    supervisor would). The bench then times: A listening again; the batch leaving "committing" (cap
 *    60 s); the import's advisory lock released by the dead transaction; a new upload + preview + commit
 *    of the same file on B; and counts the observations of the killed batch (must be 0).
 * 5. After the load it reads back every write token from the database and prints: requests by status
 *    and phase (before / outage / after; the outage of a server is [PostgreSQL stop, its recovery]),
 *    writes acknowledged / found / lost (acknowledged, not found) / phantom (refused with an HTTP error,
 *    yet found) / unknown (no answer: found or not), seconds to recover per server (from PostgreSQL
 *    accepting connections to the first successful read and write), 5xx outside the outage, the import
 *    kill results, then PASS/FAIL for the targets: 0 lost, 0 phantom, only 503 during the outage,
 *    recovery <= 5 s. Targets are reported, not enforced: exit 0 when the run completed, 1 when
 *    something broke.
 *    Jobs are shared by the processes: the commit runs on whichever claims it first (A, which was asked,
 *    looks at once; B every second); the server killed is the one running it (A unless B won).
 * 6. Stops the servers and removes PostgreSQL's folder and the temp files, also on failure or Ctrl-C.
 *    FAULTS_KEEP=1 keeps the temp folder (server logs, file) for a look; FAULTS_LOG_LEVEL (default warn)
 *    is the servers' LOG_LEVEL (info: one line per request).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { startPrivatePostgres, type PrivatePostgres } from '../server/src/test/private-postgres';
import { createSeededDatabase, PgAdmin } from './pg-admin';

const num = (name: string, dflt: number) => {
  const v = Number(process.env[name] ?? dflt);
  if (!Number.isFinite(v) || v < 0) throw new Error(`${name} must be a number >= 0`);
  return v;
};
const SECONDS = num('FAULTS_SECONDS', 60);
const CONNECTIONS = num('FAULTS_CONNECTIONS', 150);
const WRITE_SHARE = num('FAULTS_WRITE_SHARE', 0.2);
const THINK_MS = num('FAULTS_THINK_MS', 50);
const PG_DOWN_MS = num('FAULTS_PG_DOWN_MS', 3000);
const IMPORT_ROWS = num('FAULTS_IMPORT_ROWS', 300_000);
const KEEP = process.env.FAULTS_KEEP === '1';

const BENCH_DB = 'psm_bench_faults';
const PLAN = 'psm-2024-2026';
/** Action updates go to the actions of both seeded plans, to spread the If-Match conflicts. */
const PLANS = ['psm-2021-2023', PLAN];
const STRATEGY = '2.1';
const REQUEST_TIMEOUT_MS = 20_000;
const STUCK_CAP_S = 60;
const RECOVERY_TARGET_S = 5;
/** The import's advisory lock (server/src/imports/pipeline/run-import.ts, IMPORT_LOCK). */
const IMPORT_LOCK = 7_201_003;

const REPO_ROOT = path.resolve(__dirname, '..');
const RUN = crypto.randomBytes(3).toString('hex');
const TOKEN = crypto.randomBytes(24).toString('hex');

const t0 = performance.now();
const log = (msg: string) => console.log(`[bench:faults ${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${msg}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fmt = (n: number, d = 1) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const int = (n: number) => n.toLocaleString('en-US');
const pad2 = (n: number) => String(n).padStart(2, '0');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Servers

type Server = { name: 'A' | 'B'; port: number; child?: ChildProcess; logFile: string; base: string };

function spawnServer(s: Server, env: NodeJS.ProcessEnv): void {
  const out = fs.openSync(s.logFile, 'a');
  s.child = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
    cwd: REPO_ROOT,
    env: { ...env, PORT: String(s.port) },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
}

const alive = (c?: ChildProcess) => !!c && c.exitCode === null && c.signalCode === null;

/** Polls a path of the server until it answers 200 (or the process exits, or the time is up). */
async function waitFor(s: Server, urlPath: string, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (!alive(s.child)) throw new Error(`server ${s.name} exited (${s.child?.exitCode ?? s.child?.signalCode}); see ${s.logFile}:\n${tail(s.logFile)}`);
    try {
      const r = await fetch(`${s.base}${urlPath}`, { signal: AbortSignal.timeout(2000) });
      await r.arrayBuffer();
      if (r.status === 200) return performance.now();
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  throw new Error(`server ${s.name} did not answer 200 on ${urlPath} within ${timeoutMs / 1000} s; see ${s.logFile}:\n${tail(s.logFile)}`);
}

async function stopServer(s: Server): Promise<void> {
  const c = s.child;
  if (!c || !alive(c)) return;
  const exited = once(c, 'exit');
  c.kill('SIGTERM');
  const timer = setTimeout(() => c.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

const tail = (file: string, n = 15) => {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n).join('\n');
  } catch {
    return '(no log)';
  }
};

// ---------------------------------------------------------------------------------------------
// HTTP of the load generator (node:http, one keep-alive agent per server)

type Answer = { status: number; etag?: string; body: string; error?: string; refused?: boolean };

function send(agent: http.Agent, port: number, method: string, urlPath: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (a: Answer) => {
      if (!done) {
        done = true;
        resolve(a);
      }
    };
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: urlPath,
        agent,
        timeout: REQUEST_TIMEOUT_MS,
        headers: {
          accept: 'application/json',
          ...(payload ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) } : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => finish({ status: res.statusCode ?? 0, etag: res.headers.etag, body: Buffer.concat(chunks).toString() }));
        res.on('aborted', () => finish({ status: 0, body: '', error: 'response aborted' }));
        res.on('error', (e: NodeJS.ErrnoException) => finish({ status: 0, body: '', error: e.code ?? e.message }));
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    // On a reused keep-alive connection the server may have closed it just as the request went out.
    req.on('error', (e: NodeJS.ErrnoException) =>
      finish({ status: 0, body: '', error: `${e.code ?? e.message}${req.reusedSocket ? ', kept-alive connection' : ''}`, refused: e.code === 'ECONNREFUSED' }),
    );
    req.end(payload);
  });
}

// ---------------------------------------------------------------------------------------------
// Load

/** One request of the load: which server answered, when (s from the load's start), how. */
type Rec = { server: 0 | 1; op: string; write: boolean; start: number; end: number; status: number; error?: string; retried: boolean };
type Write = { token: string; kind: 'tool' | 'update'; status: number; error?: string };

type LoadCtx = {
  servers: Server[];
  agents: http.Agent[];
  auth: Record<string, string>;
  reads: string[];
  /** Paths of the actions' details, /api/plans/<plan>/actions/<code>. */
  actions: string[];
  statusCode: string;
  loadStart: number;
  recs: Rec[];
  writes: Write[];
  etags: Map<string, string>;
  rr: number;
  seq: number;
};

const now = (ctx: LoadCtx) => (performance.now() - ctx.loadStart) / 1000;

/** Round-robin; a connection refused (the request never left) is sent to the other server. */
async function call(ctx: LoadCtx, op: string, write: boolean, method: string, urlPath: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  let server = (ctx.rr++ % 2) as 0 | 1;
  const start = now(ctx);
  let a = await send(ctx.agents[server]!, ctx.servers[server]!.port, method, urlPath, body, headers);
  let retried = false;
  if (a.refused) {
    server = (1 - server) as 0 | 1;
    retried = true;
    a = await send(ctx.agents[server]!, ctx.servers[server]!.port, method, urlPath, body, headers);
  }
  ctx.recs.push({ server, op, write, start, end: now(ctx), status: a.status, error: a.error, retried });
  return a;
}

async function writeTool(ctx: LoadCtx): Promise<void> {
  const code = `fb-${RUN}-${ctx.seq++}`;
  const a = await call(ctx, 'POST planning-tool', true, 'POST', '/api/planning-tools', { code, kind: 'other', name: `bench:faults ${code}` }, ctx.auth);
  ctx.writes.push({ token: code, kind: 'tool', status: a.status, error: a.error });
}

async function writeUpdate(ctx: LoadCtx): Promise<void> {
  const url = ctx.actions[Math.floor(Math.random() * ctx.actions.length)]!;
  const action = url;
  let etag = ctx.etags.get(action);
  if (!etag) {
    const r = await call(ctx, 'GET action', false, 'GET', url);
    if (r.status !== 200 || !r.etag) return;
    etag = r.etag;
  }
  const token = `${RUN}-${ctx.seq++}`;
  const a = await call(
    ctx,
    'POST action update',
    true,
    'POST',
    `${url}/updates`,
    { status: ctx.statusCode, progress: ctx.seq % 101, reportingPeriod: '2026', comment: `bench:faults ${token}` },
    { ...ctx.auth, 'if-match': etag },
  );
  ctx.writes.push({ token, kind: 'update', status: a.status, error: a.error });
  if (a.status === 201 && a.etag) ctx.etags.set(action, a.etag);
  else ctx.etags.delete(action);
}

async function worker(ctx: LoadCtx, deadline: number): Promise<void> {
  while (performance.now() < deadline) {
    const r = Math.random();
    if (r < WRITE_SHARE / 2) await writeTool(ctx);
    else if (r < WRITE_SHARE) await writeUpdate(ctx);
    else {
      const p = ctx.reads[Math.floor(Math.random() * ctx.reads.length)]!;
      await call(ctx, `GET ${p.replace(/\?.*$/, '').replace(/\/actions\/[^/]+$/, '/actions/:code')}`, false, 'GET', p);
    }
    if (THINK_MS > 0) await sleep(Math.random() * 2 * THINK_MS);
  }
}

// ---------------------------------------------------------------------------------------------
// Import file and API helpers for the control path (global fetch)

async function generateCsv(client: pg.Client, file: string): Promise<{ rows: number; bytes: number }> {
  const indicators = (await client.query('select code from indicators order by id')).rows as { code: string }[];
  const territories = (await client.query('select code from territories order by id')).rows as { code: string }[];
  const months = Math.ceil(IMPORT_ROWS / (indicators.length * territories.length));
  const last = `${1990 + Math.floor((months - 1) / 12)}-${pad2(((months - 1) % 12) + 1)}`;
  const clash = Number((await client.query(`select count(*) n from observations where period between '1990-01' and $1 and period ~ '^[0-9]{4}-[0-9]{2}$'`, [last])).rows[0].n);
  if (clash > 0) throw new Error(`the seed has ${clash} monthly observations in 1990-01..${last}: the import would not be all new rows`);
  const out = fs.createWriteStream(file);
  let buf = 'DATAFLOW,FREQ,REF_AREA,DATA_TYPE,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n';
  let n = 0;
  outer: for (const ind of indicators) {
    for (const ter of territories) {
      for (let p = 0; p < months; p++) {
        const cents = 100 + ((n * 7919) % 99_900);
        buf += `IT1:BENCH(1.0),M,${ter.code},${ind.code},${1990 + Math.floor(p / 12)}-${pad2((p % 12) + 1)},${Math.floor(cents / 100)}.${pad2(cents % 100)},\n`;
        if (buf.length > 1 << 20) {
          if (!out.write(buf)) await once(out, 'drain');
          buf = '';
        }
        if (++n === IMPORT_ROWS) break outer;
      }
    }
  }
  out.end(buf);
  await once(out, 'finish');
  return { rows: n, bytes: fs.statSync(file).size };
}

type Batch = { id: number; status: string; error?: string | null; progress?: { phase: string; rowsDone: number } | null; report?: { counts?: Record<string, number> } | null };

async function api<T>(s: Server, auth: Record<string, string>, method: string, urlPath: string, body?: BodyInit): Promise<{ status: number; json: T }> {
  const r = await fetch(`${s.base}${urlPath}`, { method, headers: { ...auth, accept: 'application/json' }, body, signal: AbortSignal.timeout(30_000) });
  const text = await r.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = { raw: text.slice(0, 500) };
  }
  return { status: r.status, json: json as T };
}

async function upload(s: Server, auth: Record<string, string>, file: string): Promise<Batch> {
  const form = new FormData();
  form.append('file', await fs.openAsBlob(file), 'bench-faults.sdmx.csv');
  const r = await api<Batch>(s, auth, 'POST', '/api/imports', form);
  if (r.status !== 202) throw new Error(`upload to ${s.name} answered ${r.status}: ${JSON.stringify(r.json)}`);
  return r.json;
}

/** Polls the batch (on server s) until done(batch) or the time is up; null then. Errors (server away) are retried. */
async function pollBatch(s: Server, auth: Record<string, string>, id: number, done: (b: Batch) => boolean, timeoutMs: number, everyMs = 200): Promise<Batch | null> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    try {
      const r = await api<Batch>(s, auth, 'GET', `/api/imports/${id}`);
      if (r.status === 200 && done(r.json)) return r.json;
    } catch {
      // the server is away: try again
    }
    await sleep(everyMs);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------

type ImportResult = {
  batchId: number;
  /** Index of the server that ran the commit and was killed (A unless B claimed the job first). */
  victim?: number;
  killedAt?: number;
  phaseAtKill?: string;
  rowsDoneAtKill?: number;
  commitRanS?: number;
  finishedBeforeKill?: string;
  aListeningS?: number;
  aReadyS?: number;
  leftCommittingS?: number;
  statusAfter?: string;
  errorAfter?: string | null;
  lockReleasedS?: number;
  /** The PostgreSQL backend of the killed commit: what it was doing at the kill, and when it went. */
  deadBackend?: { pid: number; state: string; query: string };
  deadBackendGoneS?: number;
  /** A statement that waited for a lock of the dead backend: what, and when it was first seen waiting. */
  blocked?: { query: string; sinceKillS: number };
  reimport?: { batchId: number; status: string; sinceKillS: number; previewS: number; commitS: number; inserted: number };
  reimportError?: string;
  killedBatchRows?: number;
  /** What broke the import part, if something did. */
  error?: string;
};

async function main(): Promise<number> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-bench-faults-'));
  const uploadDir = path.join(tmp, 'uploads');
  fs.mkdirSync(uploadDir);
  let pgServer: PrivatePostgres | undefined;
  const servers: Server[] = (['A', 'B'] as const).map((name) => ({ name, port: 0, logFile: path.join(tmp, `server-${name}.log`), base: '' }));
  const agents: http.Agent[] = [];
  const clients: pg.Client[] = [];
  let cleaningUp: Promise<void> | undefined;
  const cleanup = () =>
    (cleaningUp ??= (async () => {
      for (const a of agents) a.destroy();
      await Promise.all(servers.map((s) => stopServer(s).catch(() => undefined)));
      for (const c of clients) await c.end().catch(() => undefined);
      if (pgServer) await pgServer.destroy().catch((e) => console.error('removing PostgreSQL:', e));
      if (KEEP) log(`kept ${tmp} (FAULTS_KEEP=1)`);
      else fs.rmSync(tmp, { recursive: true, force: true });
    })());
  const onSignal = (sig: NodeJS.Signals) => {
    if (cleaningUp) return;
    console.error(`\n${sig}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  };
  // \`on\`, not \`once\`: Ctrl-C reaches this process twice (from the terminal and relayed by tsx), and a
  // second signal without a handler would end it before the clean-up has removed PostgreSQL.
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  /** A direct connection to the bench database, not through the API (checks, lock probes). */
  const connect = async (url: string) => {
    const c = new pg.Client({ connectionString: url });
    c.on('error', () => undefined);
    await c.connect();
    clients.push(c);
    return c;
  };

  try {
    const balancer = ['nginx', 'haproxy'].filter((b) => {
      try {
        execFileSync('sh', ['-c', `command -v ${b}`], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    });

    // 1. PostgreSQL, database, file.
    pgServer = await startPrivatePostgres();
    const admin = new PgAdmin(pgServer.url);
    const version = (await admin.query('show server_version')).rows[0].server_version as string;
    log(`private PostgreSQL ${version} on port ${pgServer.port}`);
    const created = await createSeededDatabase(admin, BENCH_DB, () => undefined);
    await created.db.destroy();
    const dbUrl = created.url;
    let db = await connect(dbUrl);
    const csvFile = path.join(tmp, 'bench-faults.sdmx.csv');
    const file = await generateCsv(db, csvFile);
    const indicatorCodes = (await db.query(`select distinct i.code, t.code as territory from observations o join indicators i on i.id = o.indicator_id join territories t on t.id = o.territory_id order by 1, 2 limit 40`)).rows as { code: string; territory: string }[];
    log(`database ${BENCH_DB} migrated and seeded; import file ${int(file.rows)} rows, ${fmt(file.bytes / 1024 / 1024)} MB`);

    // 2. Servers.
    for (const s of servers) {
      s.port = await freePort();
      s.base = `http://127.0.0.1:${s.port}`;
    }
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: dbUrl,
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      CLIENT_DIST: '',
      SKIP_SEED: '1',
      ADMIN_TOKEN: TOKEN,
      UPLOAD_DIR: uploadDir,
      LOG_LEVEL: process.env.FAULTS_LOG_LEVEL || 'warn',
      SHUTDOWN_TIMEOUT_MS: '3000',
    };
    for (const s of servers) spawnServer(s, env);
    await Promise.all(servers.map((s) => waitFor(s, '/readyz', 60_000)));
    log(`servers A (port ${servers[0]!.port}, pid ${servers[0]!.child!.pid}) and B (port ${servers[1]!.port}, pid ${servers[1]!.child!.pid}) ready`);
    const auth = { authorization: `Bearer ${TOKEN}` };
    const [A, B] = servers as [Server, Server];

    const statuses = await api<{ items?: { code: string; closed?: boolean }[] } | { code: string }[]>(B, auth, 'GET', '/api/action-statuses');
    const statusItems = Array.isArray(statuses.json) ? statuses.json : (statuses.json.items ?? []);
    const statusCode = statusItems.find((s) => s.code === 'in_corso')?.code ?? statusItems[0]?.code;
    const actions: string[] = [];
    for (const plan of PLANS) {
      const list = await api<{ items?: { code: string }[] }>(B, auth, 'GET', `/api/plans/${plan}/actions`);
      for (const a of list.json.items ?? []) actions.push(`/api/plans/${plan}/actions/${encodeURIComponent(a.code)}`);
    }
    if (!statusCode || actions.length === 0) throw new Error(`no action statuses (${statuses.status}) or no actions in ${PLANS.join(', ')}`);
    const reads = [
      '/api/plans',
      `/api/plans/${PLAN}/tree`,
      `/api/plans/${PLAN}/strategies/${STRATEGY}/dashboard`,
      '/api/indicators',
      '/api/planning-tools',
      ...indicatorCodes.slice(0, 10).map((c) => `/api/observations?indicator=${encodeURIComponent(c.code)}&territory=${encodeURIComponent(c.territory)}`),
      ...actions.slice(-10),
    ];

    // 3. Upload and preview on A, before the load.
    const t = performance.now();
    const uploaded = await upload(A, auth, csvFile);
    const previewed = await pollBatch(A, auth, uploaded.id, (b) => !['uploaded', 'previewing'].includes(b.status), 300_000, 250);
    if (previewed?.status !== 'previewed') throw new Error(`the preview of batch ${uploaded.id} ended ${previewed?.status ?? 'not in 300 s'}: ${JSON.stringify(previewed).slice(0, 800)}`);
    log(`uploaded and previewed batch ${uploaded.id} on A in ${fmt((performance.now() - t) / 1000)} s`);

    // 4. Load and faults.
    // As a load balancer does, idle connections are dropped before the server's keep-alive timeout (5 s):
    // else one reused as the server closes it fails with ECONNRESET, without the server being at fault.
    for (let i = 0; i < 2; i++) agents.push(new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS, timeout: 4_000 }));
    const ctx: LoadCtx = { servers, agents, auth, reads, actions, statusCode, loadStart: performance.now(), recs: [], writes: [], etags: new Map(), rr: 0, seq: 0 };
    const deadline = ctx.loadStart + SECONDS * 1000;
    log(`load: ${CONNECTIONS} connections for ${SECONDS} s, ${Math.round(WRITE_SHARE * 100)}% writes, think 0..${2 * THINK_MS} ms; ${actions.length} actions, ${reads.length} read URLs`);
    const load = Promise.all(Array.from({ length: CONNECTIONS }, () => worker(ctx, deadline)));

    const pgT: { stop?: number; stopped?: number; up?: number } = {};
    const pgFault = (async () => {
      await sleep(Math.max(0, ctx.loadStart + (SECONDS * 1000) / 3 - performance.now()));
      pgT.stop = now(ctx);
      log('PostgreSQL: fast stop');
      await pgServer!.stop();
      pgT.stopped = now(ctx);
      await sleep(PG_DOWN_MS);
      await pgServer!.start();
      pgT.up = now(ctx);
      log(`PostgreSQL: accepting connections again (down ${fmt(pgT.up - pgT.stop)} s)`);
    })();

    const imp: ImportResult = { batchId: uploaded.id };
    const importFault = (async () => {
      await sleep(Math.max(0, ctx.loadStart + (SECONDS * 1000 * 35) / 60 - performance.now()));
      const c = await api<Batch>(servers[0]!, auth, 'POST', `/api/imports/${uploaded.id}/commit`);
      if (c.status !== 202) throw new Error(`commit of batch ${uploaded.id} answered ${c.status}: ${JSON.stringify(c.json)}`);
      const commitStart = now(ctx);
      log(`import: commit of batch ${uploaded.id} asked of A`);
      const probe = await connect(dbUrl).catch(() => null);
      // Jobs are shared: the commit runs on whichever process claims it first (A, asked, looks at once;
      // B every second). The server to kill is the one running it.
      for (const limit = performance.now() + 60_000; probe && performance.now() < limit && imp.victim === undefined; await sleep(25)) {
        const w = await probe
          .query('select p.pid from import_batches b join app_processes p on p.id = b.worker_id where b.id = $1 and b.status = $2', [uploaded.id, 'committing'])
          .catch(() => null);
        const pid = w?.rows[0]?.pid as number | undefined;
        if (pid !== undefined) imp.victim = servers.findIndex((s) => s.child?.pid === pid);
      }
      if (imp.victim === undefined || imp.victim < 0) throw new Error(`the commit of batch ${uploaded.id} was not seen running on A or B`);
      const A = servers[imp.victim]!;
      const B = servers[1 - imp.victim]!;
      log(`import: the commit runs on ${A.name}`);
      let seen: Batch | null = null;
      for (const limit = performance.now() + 300_000; performance.now() < limit; ) {
        const r = await api<Batch>(A, auth, 'GET', `/api/imports/${uploaded.id}`).catch(() => null);
        if (r?.status === 200) {
          seen = r.json;
          if (seen.status !== 'committing' || seen.progress?.phase === 'writing') break;
        }
        await sleep(25);
      }
      if (seen?.status !== 'committing') {
        imp.finishedBeforeKill = seen?.status ?? 'no answer';
        log(`import: the commit ended "${imp.finishedBeforeKill}" before its writing phase was seen: ${A.name} not killed`);
        return;
      }
      const holder = await probe
        ?.query(
          `select a.pid, a.state, left(regexp_replace(a.query, '\\s+', ' ', 'g'), 70) as query from pg_locks l join pg_stat_activity a on a.pid = l.pid
           where l.locktype = 'advisory' and l.objid = $1 and l.granted`,
          [IMPORT_LOCK],
        )
        .catch(() => null);
      A.child!.kill('SIGKILL');
      const killed = performance.now();
      imp.deadBackend = holder?.rows[0];
      imp.killedAt = now(ctx);
      imp.phaseAtKill = seen.progress?.phase;
      imp.rowsDoneAtKill = seen.progress?.rowsDone;
      imp.commitRanS = imp.killedAt - commitStart;
      await once(A.child!, 'exit');
      spawnServer(A, env);
      log(`import: ${A.name} killed (SIGKILL) in phase ${imp.phaseAtKill} after ${fmt(imp.commitRanS)} s of commit; started again`);
      const since = () => (performance.now() - killed) / 1000;
      const lockWatch = (async () => {
        for (let i = 0; probe && i < STUCK_CAP_S * 20 && (imp.lockReleasedS === undefined || imp.deadBackendGoneS === undefined); i++) {
          const r = await probe
            .query(
              `select (select count(*)::int from pg_locks where locktype = 'advisory' and objid = $1 and granted) as locks,
                      (select count(*)::int from pg_stat_activity where pid = $2) as backend,
                      (select left(regexp_replace(query, '\\s+', ' ', 'g'), 70) from pg_stat_activity where $2 = any(pg_blocking_pids(pid)) limit 1) as blocked`,
              [IMPORT_LOCK, imp.deadBackend?.pid ?? 0],
            )
            .catch(() => null);
          if (r && r.rows[0].locks === 0) imp.lockReleasedS ??= since();
          if (r && r.rows[0].backend === 0) imp.deadBackendGoneS ??= since();
          if (r?.rows[0].blocked) imp.blocked ??= { query: r.rows[0].blocked, sinceKillS: since() };
          await sleep(50);
        }
      })();
      const aUp = (async () => {
        await waitFor(A, '/healthz', 120_000);
        imp.aListeningS = since();
        await waitFor(A, '/readyz', 120_000);
        imp.aReadyS = since();
      })();
      const left = await pollBatch(B, auth, uploaded.id, (b) => b.status !== 'committing', STUCK_CAP_S * 1000, 100);
      if (left) {
        imp.leftCommittingS = since();
        imp.statusAfter = left.status;
        imp.errorAfter = left.error;
        log(`import: batch ${uploaded.id} is "${left.status}" ${fmt(imp.leftCommittingS)} s after the kill`);
      } else log(`import: batch ${uploaded.id} still "committing" ${STUCK_CAP_S} s after the kill`);
      await Promise.all([lockWatch, aUp]);
      // The same file again, on B: upload, preview, commit.
      try {
        const t1 = performance.now();
        const again = await upload(B, auth, csvFile);
        const p = await pollBatch(B, auth, again.id, (b) => !['uploaded', 'previewing'].includes(b.status), 300_000, 250);
        if (p?.status !== 'previewed') throw new Error(`preview ended ${p?.status ?? 'not in 300 s'} ${p?.error ?? ''}`);
        const t2 = performance.now();
        const cc = await api<Batch>(B, auth, 'POST', `/api/imports/${again.id}/commit`);
        if (cc.status !== 202) throw new Error(`commit answered ${cc.status}: ${JSON.stringify(cc.json).slice(0, 300)}`);
        const done = await pollBatch(B, auth, again.id, (b) => b.status !== 'committing', 300_000, 250);
        imp.reimport = {
          batchId: again.id,
          status: done?.status ?? 'still committing after 300 s',
          sinceKillS: since(),
          previewS: (t2 - t1) / 1000,
          commitS: (performance.now() - t2) / 1000,
          inserted: done?.report?.counts?.inserted ?? NaN,
        };
        log(`import: the same file again on ${B.name}: batch ${again.id} ${imp.reimport.status} ${fmt(imp.reimport.sinceKillS)} s after the kill`);
      } catch (e) {
        imp.reimportError = e instanceof Error ? e.message : String(e);
      }
    })().catch((e: unknown) => {
      imp.error = e instanceof Error ? e.message : String(e);
    });

    await Promise.all([load, pgFault]);
    const loadEnd = now(ctx);
    log(`load finished: ${int(ctx.recs.length)} requests`);
    await importFault;

    // 5. Read back.
    db = await connect(dbUrl);
    const tools = new Set((await db.query(`select code from planning_tools where code like $1`, [`fb-${RUN}-%`])).rows.map((r: { code: string }) => r.code));
    const updates = new Set(
      (await db.query(`select comment from action_updates where comment like $1`, [`bench:faults ${RUN}-%`])).rows.map((r: { comment: string }) => r.comment.slice('bench:faults '.length)),
    );
    imp.killedBatchRows = Number((await db.query('select count(*) n from observations where import_batch_id = $1', [uploaded.id])).rows[0].n);
    const reimportRows = imp.reimport ? Number((await db.query('select count(*) n from observations where import_batch_id = $1', [imp.reimport.batchId])).rows[0].n) : 0;

    // 6. Report.
    const up = pgT.up ?? NaN;
    const recovery = [0, 1].map((s) => {
      const first = (write: boolean) => ctx.recs.filter((r) => r.server === s && r.write === write && r.status >= 200 && r.status < 300 && r.end >= up).reduce((m, r) => Math.min(m, r.end), Infinity);
      const read = first(false);
      const write = first(true);
      return { read: read - up, write: write - up, at: Math.max(read, write) };
    });
    const stop = pgT.stop ?? NaN;
    const killedAt = imp.killedAt ?? Infinity;
    const victim = servers[imp.victim ?? 0]!.name;
    const survivor = servers[1 - (imp.victim ?? 0)]!.name;
    /** No answer from the killed server once it was killed: the kill's, not the database outage's. */
    const phaseOf = (r: Rec) =>
      r.status === 0 && r.server === (imp.victim ?? 0) && r.end >= killedAt ? 'kill' : r.end < stop ? 'before' : r.start <= recovery[r.server]!.at ? 'outage' : 'after';
    const statusKey = (r: Rec) => (r.status ? String(r.status) : `no answer (${r.error})`);
    const table = new Map<string, Record<string, number>>();
    for (const r of ctx.recs) {
      const row = table.get(statusKey(r)) ?? { reads: 0, writes: 0, before: 0, outage: 0, after: 0, 'kill': 0, total: 0 };
      row[r.write ? 'writes' : 'reads']!++;
      row[phaseOf(r)]!++;
      row.total!++;
      table.set(statusKey(r), row);
    }
    const cols = ['reads', 'writes', 'before', 'outage', 'after', 'kill', 'total'];
    const keyWidth = Math.max(28, ...[...table.keys()].map((k) => k.length + 2));
    const statusLines = [...table.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `  ${k.padEnd(keyWidth)}${cols.map((c) => int(v[c]!).padStart(9)).join('')}`);
    const retried = ctx.recs.filter((r) => r.retried).length;
    const fiveOut = ctx.recs.filter((r) => r.status >= 500 && phaseOf(r) !== 'outage');
    const badInOutage = ctx.recs.filter((r) => phaseOf(r) === 'outage' && ((r.status >= 500 && r.status !== 503) || r.status === 0));
    const describe = (rs: Rec[]) => {
      const m = new Map<string, number>();
      for (const r of rs) m.set(`${statusKey(r)} ${r.op} on ${servers[r.server]!.name}`, (m.get(`${statusKey(r)} ${r.op} on ${servers[r.server]!.name}`) ?? 0) + 1);
      const times = rs.length > 0 && rs.length <= 5 ? ` (at ${rs.map((r) => `${fmt(r.start, 2)}..${fmt(r.end, 2)} s`).join(', ')})` : '';
      return [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, n]) => `      ${int(n).padStart(6)}  ${k}`).concat(times ? [`            ${times}`] : []);
    };

    const found = (w: Write) => (w.kind === 'tool' ? tools.has(w.token) : updates.has(w.token));
    const wc = { total: ctx.writes.length, acked: 0, ackedFound: 0, lost: 0, refused: 0, phantom: 0, unknown: 0, unknownFound: 0 };
    const lostList: string[] = [];
    const phantomList: string[] = [];
    for (const w of ctx.writes) {
      const f = found(w);
      if (w.status >= 200 && w.status < 300) {
        wc.acked++;
        if (f) wc.ackedFound++;
        else {
          wc.lost++;
          lostList.push(`${w.kind} ${w.token}`);
        }
      } else if (w.status > 0) {
        wc.refused++;
        if (f) {
          wc.phantom++;
          phantomList.push(`${w.kind} ${w.token} (${w.status})`);
        }
      } else {
        wc.unknown++;
        if (f) wc.unknownFound++;
      }
    }
    const refusedBy = new Map<number, number>();
    for (const w of ctx.writes) if (w.status >= 300) refusedBy.set(w.status, (refusedBy.get(w.status) ?? 0) + 1);
    const allFound = tools.size + updates.size;
    const stray = allFound - wc.ackedFound - wc.phantom - wc.unknownFound;

    const latency = [0, 1].map((s) => {
      const ms = ctx.recs.filter((r) => r.server === s && r.status > 0).map((r) => (r.end - r.start) * 1000).sort((a, b) => a - b);
      const at = (p: number) => ms[Math.min(ms.length - 1, Math.ceil(p * ms.length) - 1)] ?? NaN;
      return `${servers[s]!.name} ${int(ms.length)} answers, p50 ${fmt(at(0.5), 0)} ms, p99 ${fmt(at(0.99), 0)} ms, max ${fmt(at(1), 0)} ms`;
    });
    /** The restarted A's own "ready in" (from its main() to listening), the last such line of its log. */
    const startupOfA = [...fs.readFileSync(servers[imp.victim ?? 0]!.logFile, 'utf8').matchAll(/ready in ([\d.]+) s/g)].at(-1)?.[1];
    const secs = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? 'never' : `${fmt(x, 2)} s`);
    const recOk = recovery.every((r) => Number.isFinite(r.read) && Number.isFinite(r.write) && Math.max(r.read, r.write) <= RECOVERY_TARGET_S);
    const killedImport = imp.killedAt !== undefined;
    const lines = [
      '',
      '=== bench:faults - two API processes under load, a PostgreSQL restart, a server killed during an import commit ===',
      `machine        ${os.cpus().length} CPU, Node ${process.version}, private PostgreSQL ${version} (port ${pgServer.port}, fsync off)`,
      `balancing      round-robin from the load generator, a refused connection retried on the other server (${balancer.length ? `${balancer.join(', ')} installed but not used` : 'no nginx or haproxy installed'})`,
      `load           ${CONNECTIONS} connections, ${SECONDS} s (ran ${fmt(loadEnd)} s), ${Math.round(WRITE_SHARE * 100)}% writes (new planning tools, action updates with If-Match), think 0..${2 * THINK_MS} ms`,
      `               ${int(ctx.recs.length)} requests (${fmt(ctx.recs.length / loadEnd, 0)}/s), ${int(retried)} refused by one server and retried on the other`,
      `latency        ${latency.join('; ')}`,
      `timeline (s)   PostgreSQL stop ${secs(pgT.stop)}, stopped ${secs(pgT.stopped)}, accepting again ${secs(pgT.up)}; import kill of ${victim} ${secs(imp.killedAt)}`,
      `outage window  [PostgreSQL stop, the server's first successful read and write after the start]: A ${secs(stop)}..${secs(recovery[0]!.at)}, B ${secs(stop)}..${secs(recovery[1]!.at)}`,
      '',
      'requests by status (phase: before the stop / overlapping the outage window of its server / after / no answer from A once killed)',
      `  ${'status'.padEnd(keyWidth)}${cols.map((c) => c.padStart(9)).join('')}`,
      ...statusLines,
      '',
      'writes (each with a unique token, read back from the database after the run)',
      `  sent                    ${int(wc.total)}  (${int(ctx.writes.filter((w) => w.kind === 'tool').length)} planning tools, ${int(ctx.writes.filter((w) => w.kind === 'update').length)} action updates)`,
      `  acknowledged (2xx)      ${int(wc.acked)}, found in db ${int(wc.ackedFound)}, lost ${int(wc.lost)}${lostList.length ? `: ${lostList.slice(0, 5).join(', ')}` : ''}`,
      `  refused (HTTP error)    ${int(wc.refused)} (${[...refusedBy.entries()].map(([k, v]) => `${k}: ${int(v)}`).join(', ') || 'none'}), found in db (phantom) ${int(wc.phantom)}${phantomList.length ? `: ${phantomList.slice(0, 5).join(', ')}` : ''}`,
      `  unknown (no answer)     ${int(wc.unknown)}: found ${int(wc.unknownFound)}, not found ${int(wc.unknown - wc.unknownFound)}`,
      `  in db, never sent       ${int(stray)}`,
      '',
      `recovery       from PostgreSQL accepting connections to the first successful read / write`,
      ...recovery.map((r, i) => `  server ${servers[i]!.name}       read ${secs(r.read)}, write ${secs(r.write)}`),
      `5xx outside the outage  ${int(fiveOut.length)}`,
      ...describe(fiveOut),
      `not 503 inside the outage (other 5xx, no answer)  ${int(badInOutage.length)}`,
      ...describe(badInOutage),
      '',
      `import kill     batch ${imp.batchId}, ${int(file.rows)} rows (${fmt(file.bytes / 1024 / 1024)} MB SDMX-CSV), commit on ${victim}`,
      ...(killedImport
        ? [
            `  ${victim} killed      ${fmt(imp.commitRanS!, 2)} s into the commit, phase ${imp.phaseAtKill} (${int(imp.rowsDoneAtKill ?? 0)} rows read); started again at once`,
            `  ${victim} back        listening after ${secs(imp.aListeningS)}, database ready after ${secs(imp.aReadyS)}${startupOfA ? ` (its main() took ${startupOfA} s of that: migrations check, looking for processes gone)` : ''}`,
            `  batch         ${imp.leftCommittingS !== undefined ? `"${imp.statusAfter}" ${fmt(imp.leftCommittingS, 2)} s after the kill (${imp.errorAfter ?? 'no error text'})` : `not recovered within ${STUCK_CAP_S} s: still "committing"`}`,
            `  import lock   released ${imp.lockReleasedS !== undefined ? `${fmt(imp.lockReleasedS, 2)} s after the kill` : `not within ${STUCK_CAP_S} s`}`,
            `  dead backend  ${imp.deadBackend ? `pid ${imp.deadBackend.pid} (${imp.deadBackend.state}: ${imp.deadBackend.query}) gone ${secs(imp.deadBackendGoneS)} after the kill` : 'not found holding the import lock at the kill'}`,
            `  blocked by it ${imp.blocked ? `"${imp.blocked.query}" waited for its locks (seen from ${fmt(imp.blocked.sinceKillS, 2)} s after the kill)` : 'nothing seen waiting for its locks'}`,
            `  killed batch  ${int(imp.killedBatchRows)} observations in the database (all or nothing: expected 0)`,
            imp.reimport
              ? `  same file     new batch ${imp.reimport.batchId} on ${survivor} "${imp.reimport.status}" ${fmt(imp.reimport.sinceKillS, 1)} s after the kill (upload + preview ${fmt(imp.reimport.previewS)} s, commit ${fmt(imp.reimport.commitS)} s), ${int(reimportRows)} observations`
              : `  same file     FAILED: ${imp.reimportError}`,
          ]
        : [`  NOT DONE      ${imp.error ?? `the commit ended "${imp.finishedBeforeKill}" before its writing phase was seen (raise FAULTS_IMPORT_ROWS)`}`]),
      '',
      `lost writes          ${int(wc.lost)}  (target 0) ${wc.lost === 0 ? 'PASS' : 'FAIL'}`,
      `phantom writes       ${int(wc.phantom)}  (target 0) ${wc.phantom === 0 ? 'PASS' : 'FAIL'}`,
      `only 503 in outage   ${int(badInOutage.length)} other errors  ${badInOutage.length === 0 ? 'PASS' : 'FAIL'}`,
      `5xx outside outage   ${int(fiveOut.length)}  (target 0) ${fiveOut.length === 0 ? 'PASS' : 'FAIL'}`,
      `recovery             ${recovery.map((r, i) => `${servers[i]!.name} ${secs(Math.max(r.read, r.write))}`).join(', ')}  (target <= ${RECOVERY_TARGET_S} s) ${recOk ? 'PASS' : 'FAIL'}`,
      `import all or none   ${killedImport ? `${int(imp.killedBatchRows)} rows of the killed commit  ${imp.killedBatchRows === 0 ? 'PASS' : 'FAIL'}` : 'NOT RUN'}`,
      `import not stuck     ${killedImport ? (imp.leftCommittingS !== undefined ? `${fmt(imp.leftCommittingS, 2)} s  PASS` : `not recovered within ${STUCK_CAP_S} s  FAIL`) : 'NOT RUN'}`,
      `import again         ${imp.reimport?.status === 'committed' && reimportRows === file.rows ? 'committed, every row  PASS' : `${imp.reimport?.status ?? imp.reimportError ?? 'NOT RUN'}  FAIL`}`,
      '',
      `(run took ${fmt((performance.now() - t0) / 1000)} s; targets are reported, not enforced)`,
    ];
    console.log(lines.join('\n'));
    return killedImport ? 0 : 1;
  } catch (err) {
    for (const s of servers) if (fs.existsSync(s.logFile)) console.error(`--- server ${s.name} log (end) ---\n${tail(s.logFile)}`);
    throw err;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error('bench:faults failed:', err instanceof Error ? err.stack ?? err.message : err);
    process.exit(1);
  },
);
