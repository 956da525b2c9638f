import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const SERVER_DIR = path.resolve(__dirname, '../..');

export type ServerProcess = {
  child: ChildProcess;
  /** The port it listens on, once its console says so (rejects if it exits before). */
  port: Promise<number>;
  /** Everything it printed so far. */
  output: () => string;
  exit: Promise<number | null>;
};

/**
 * `npm start`'s server (tsx src/index.ts) as a process of its own, on a free port, without the client;
 * `env` adds to (or, with undefined, removes from) the test's environment.
 */
export function startServerProcess(env: Record<string, string | undefined>): ServerProcess {
  const merged: Record<string, string | undefined> = { ...process.env, NODE_OPTIONS: '', PORT: '0', HOST: '127.0.0.1', CLIENT_DIST: 'no-client', ...env };
  for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: SERVER_DIR, env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const port = new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /PSM monitor on http:\/\/localhost:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', () => reject(new Error(`server exited before listening:\n${out}`)));
  });
  // Awaited by the test when it needs it; an exit after listening is no rejection anyone waits for.
  port.catch(() => undefined);
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, port, output: () => out, exit };
}
