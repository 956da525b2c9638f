import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

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
export function buildClient(outDir: string, { manifest = false } = {}): void {
  const args = ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error', ...(manifest ? ['--manifest'] : [])];
  try {
    execFileSync('npx', args, { cwd: CLIENT_ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    const output = `${e.stdout ?? ''}${e.stderr ?? ''}`.replace(/^npm warn .*\n/gm, '').trim();
    throw new Error(`the client build (vite build) failed:\n${output}`);
  }
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
 * Builds the client into a temporary folder and starts the whole application as `npm start` does
 * (server/src/index.ts serving that build through CLIENT_DIST), on a database of its own: a new
 * database on the DATABASE_URL server, or a fresh embedded one in a temporary folder.
 *
 * With `users`, the database is migrated and seeded with the server's CLI (npm run seed) and each
 * account created with npm run user:create -- --password-stdin, all BEFORE the server starts: the
 * embedded database (PGlite) lives in the memory of the process that opened it, so an account another
 * process writes into the folder while the server runs is not seen by the server (checked: its login
 * answers 401), and two processes writing the same folder risk overwriting each other's files.
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
      buildClient(dist);
      clientDist = dist;
    }
    const port = await freePort();
    const dbEnv: Record<string, string> = {};
    if (process.env.DATABASE_URL) {
      const name = `psm_e2e_${crypto.randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      cleanups.push(async () => {
        const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      });
      const u = new URL(process.env.DATABASE_URL);
      u.pathname = `/${name}`;
      dbEnv.DATABASE_URL = u.toString();
    } else {
      const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-e2e-db-'));
      cleanups.push(() => fs.rmSync(dbDir, { recursive: true, force: true }));
      dbEnv.PGLITE_DIR = dbDir;
    }
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '', ...dbEnv, ...options.env };
    if (!dbEnv.DATABASE_URL) delete env.DATABASE_URL;

    if (options.users?.length) {
      await runServerCli('seed', [], env);
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
    return { baseUrl, clientDist, dbEnv, stop: cleanup };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
