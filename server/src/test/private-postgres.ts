import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where the PostgreSQL server binaries are (initdb, pg_ctl); PG_BIN overrides. */
export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/**
 * A PostgreSQL server of the test's own, in a temporary folder on a free port, which the test may
 * stop, start and restart at will (the shared server of the other test runs is never touched).
 */
export type PrivatePostgres = {
  /** Connection string of its `postgres` database. */
  url: string;
  port: number;
  /** Fast shutdown: running transactions are rolled back, clients are told (57P01). */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  restart: () => Promise<void>;
  /** Stops it (if running) and removes its folder. */
  destroy: () => Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Root cannot run PostgreSQL: as root the binaries run as the `postgres` user. */
const asRoot = process.getuid?.() === 0;

async function pgTool(tool: string, args: string[]): Promise<void> {
  const bin = path.join(PG_BIN, tool);
  await (asRoot ? run('runuser', ['-u', 'postgres', '--', bin, ...args]) : run(bin, args));
}

/**
 * initdb into a new temporary folder (trust authentication, user `postgres`) and start the server on
 * 127.0.0.1 and a free port, its socket in that folder. Fails, with the reason, if the binaries are missing.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  if (!fs.existsSync(path.join(PG_BIN, 'pg_ctl'))) {
    throw new Error(`PostgreSQL server binaries not found in ${PG_BIN} (initdb, pg_ctl): install them or set PG_BIN.`);
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-pg-'));
  const data = path.join(root, 'data');
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    fs.chownSync(root, Number(stdout.trim()), Number(gid.trim()));
  }
  const port = await freePort();
  const ctl = (...args: string[]) =>
    pgTool('pg_ctl', ['-D', data, '-l', path.join(root, 'server.log'), '-w', '-t', '30', '-o', `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off`, ...args]);
  let running = false;
  try {
    await pgTool('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    await ctl('start');
    running = true;
  } catch (err) {
    fs.rmSync(root, { recursive: true, force: true });
    throw err;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop: async () => {
      await ctl('-m', 'fast', 'stop');
      running = false;
    },
    start: async () => {
      await ctl('start');
      running = true;
    },
    restart: async () => {
      await ctl('-m', 'fast', 'restart');
      running = true;
    },
    destroy: async () => {
      if (running) await ctl('-m', 'immediate', 'stop').catch(() => undefined);
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
