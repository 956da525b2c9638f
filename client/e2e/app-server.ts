import { execFile, spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';

// fs.cpSync exists in every Node the project supports (≥ 20.19); the @types/node 14 hoisted to the
// repository root, which the client resolves, does not declare it.
const { cpSync } = fs as typeof fs & { cpSync: (from: string, to: string, opts: { recursive: true }) => void };

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLIENT_ROOT = path.join(REPO_ROOT, 'client');

export type Role = 'admin' | 'analyst' | 'manager';

/** An account created with the server's CLI (npm run user:create) before the server starts. */
export type E2eUser = {
  email: string;
  /** At least 12 characters (the server's rule). */
  password: string;
  role: Role;
  name?: string;
  /** Office code of a manager; the seed has no office, so only with an office the database holds. */
  office?: string;
};

export type AppServerOptions = {
  /** Accounts to create after the database is migrated and seeded and before the server listens. */
  users?: readonly E2eUser[];
  /**
   * A client build to serve instead of building one (a folder with index.html); by default the
   * E2E_CLIENT_DIST environment variable, to iterate on the tests without rebuilding each time.
   */
  clientDist?: string;
  /** Extra environment for the server (e.g. ADMIN_TOKEN, SESSION_IDLE_MINUTES). */
  env?: Record<string, string>;
};

export type AppServer = {
  baseUrl: string;
  /** The folder of the client build being served. */
  clientDist: string;
  /** The database environment of this server (DATABASE_URL or PGLITE_DIR), as its CLIs need it. */
  dbEnv: Record<string, string>;
  /** What the server printed so far (stdout and stderr), as a user reads it in the terminal. */
  output: () => string;
  /** Runs one of the server's CLIs (server/src/cli/<name>.ts) against this server's database, as a second terminal would. */
  cli: (name: string, args: string[], input?: string) => Promise<string>;
  stop: () => Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * Production build of the client into `outDir` (a folder of the caller's: parallel runs never share
 * client/dist). `manifest` also writes Vite's manifest, .vite/manifest.json (the weight benchmark reads it).
 */
export async function buildClient(outDir: string, { manifest = false } = {}): Promise<void> {
  const args = ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error', ...(manifest ? ['--manifest'] : [])];
  try {
    // Asynchronous, so that the e2e global setup seeds the template database meanwhile.
    await promisify(execFile)('npx', args, { cwd: CLIENT_ROOT, encoding: 'utf8' });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    const output = `${e.stdout ?? ''}${e.stderr ?? ''}`.replace(/^npm warn .*\n/gm, '').trim();
    throw new Error(`the client build (vite build) failed:\n${output}`);
  }
}

/** Where the e2e global setup (global-setup.ts) put the seeded template database of the run. */
export const DB_TEMPLATE_ENV = 'E2E_DB_TEMPLATE';

/** A database name of this process's own: two runs on one server never pick the same one. */
function uniqueDbName(prefix: string): string {
  return `${prefix}_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
}

/** Runs one statement on the DATABASE_URL server's database (CREATE / DROP / ALTER DATABASE). */
async function adminQuery(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** The environment of a server process (or CLI) on database `name` of the DATABASE_URL server, or on the embedded database in `dir`. */
function dbEnvOf(target: { name: string } | { dir: string }): Record<string, string> {
  if ('dir' in target) return { PGLITE_DIR: target.dir };
  const u = new URL(process.env.DATABASE_URL!);
  u.pathname = `/${target.name}`;
  return { DATABASE_URL: u.toString() };
}

/** process.env for a server process or CLI on `dbEnv`: DATABASE_URL removed when on the embedded database. */
function serverEnv(dbEnv: Record<string, string>, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '', ...dbEnv, ...extra };
  if (!dbEnv.DATABASE_URL) delete env.DATABASE_URL;
  return env;
}

/**
 * Migrates and seeds a template database with the server's CLI (npm run seed), once per run, and
 * returns where it is (a database name on the DATABASE_URL server, or a folder) and how to remove
 * it. The CLI has exited when this returns, so the embedded folder is closed and copied safely, and
 * nobody is connected to the server's template (CREATE DATABASE … TEMPLATE requires it; connections
 * are then refused so that none can appear).
 */
export async function buildDbTemplate(): Promise<{ template: string; drop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const name = uniqueDbName('psm_e2e_tpl');
    const drop = () => adminQuery(`drop database if exists ${name} with (force)`);
    try {
      await adminQuery(`create database ${name}`);
      await runServerCli('seed', [], serverEnv(dbEnvOf({ name })));
      await adminQuery(`alter database ${name} allow_connections false`);
    } catch (err) {
      await drop();
      throw err;
    }
    return { template: name, drop };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-e2e-template-'));
  const drop = async () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    await runServerCli('seed', [], serverEnv(dbEnvOf({ dir })));
  } catch (err) {
    await drop();
    throw err;
  }
  return { template: dir, drop };
}

/** Runs one of the server's CLIs (server/src/cli/<name>.ts) to its end; stdin gets `input`. */
function runServerCli(name: string, args: string[], env: NodeJS.ProcessEnv, input = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join('server', 'src', 'cli', `${name}.ts`), ...args], {
      cwd: REPO_ROOT,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${name} ${args.join(' ')} exited with ${code}:\n${out}`))));
    child.stdin.end(input);
  });
}

/**
 * Starts the whole application as `npm start` does (server/src/index.ts serving a client build
 * through CLIENT_DIST) on a database of its own: a new database on the DATABASE_URL server, or an
 * embedded one in a temporary folder. Under vitest both come from the global setup (global-setup.ts):
 * the run's build (E2E_CLIENT_DIST) and a copy of the run's seeded template (E2E_DB_TEMPLATE).
 * Without them (the screenshot tool) the client is built into a temporary folder and the database
 * starts empty, migrated and seeded by the server as it starts.
 *
 * With `users`, the database is migrated and seeded (the copied template already is; otherwise with
 * the server's CLI, npm run seed) and each account created with npm run user:create --
 * --password-stdin, all BEFORE the server starts: the embedded database (PGlite) lives in the memory
 * of the process that opened it, so an account another process writes into the folder while the
 * server runs is not seen by the server (checked: its login answers 401), and two processes writing
 * the same folder risk overwriting each other's files.
 */
export async function startAppServer(options: AppServerOptions = {}): Promise<AppServer> {
  const cleanups: (() => Promise<void> | void)[] = [];
  const cleanup = async () => {
    for (const c of cleanups.reverse()) await (async () => c())().catch((e) => console.error('e2e cleanup:', e));
    cleanups.length = 0;
  };
  try {
    let clientDist = options.clientDist ?? (process.env.E2E_CLIENT_DIST || undefined);
    if (clientDist && !fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error(`no index.html in the client build ${clientDist}`);
    if (!clientDist) {
      const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-e2e-dist-'));
      cleanups.push(() => fs.rmSync(dist, { recursive: true, force: true }));
      await buildClient(dist);
      clientDist = dist;
    }
    const port = await freePort();
    // A copy of the run's template when the global setup made one (already migrated and seeded).
    const template = process.env[DB_TEMPLATE_ENV] || undefined;
    let dbEnv: Record<string, string>;
    if (process.env.DATABASE_URL) {
      const name = uniqueDbName('psm_e2e');
      await adminQuery(template ? `create database ${name} template ${template}` : `create database ${name}`);
      cleanups.push(() => adminQuery(`drop database if exists ${name} with (force)`));
      dbEnv = dbEnvOf({ name });
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-e2e-db-'));
      cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
      if (template) cpSync(template, dir, { recursive: true });
      dbEnv = dbEnvOf({ dir });
    }
    const env = serverEnv(dbEnv, options.env);

    if (options.users?.length) {
      if (!template) await runServerCli('seed', [], env);
      for (const u of options.users) {
        const args = ['--email', u.email, '--role', u.role, '--password-stdin'];
        if (u.name) args.push('--name', u.name);
        if (u.office) args.push('--office', u.office);
        await runServerCli('user-create', args, env, u.password);
      }
    }

    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
      cwd: REPO_ROOT,
      env: { ...env, PORT: String(port), HOST: '127.0.0.1', CLIENT_DIST: clientDist },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    cleanups.push(async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    const baseUrl = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited:\n${output}`);
      const ready = await fetch(`${baseUrl}/readyz`).then((r) => r.ok, () => false);
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`the server was not ready within 60 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    return { baseUrl, clientDist, dbEnv, output: () => output, cli: (name, args, input) => runServerCli(name, args, env, input), stop: cleanup };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
