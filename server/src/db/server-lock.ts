import fs from 'node:fs';

/*
 * The embedded database (PGlite) is one folder that one process may open at a time: a second process
 * (`npm run user:create` in another terminal while `npm start` runs) would write to files the server
 * holds open, unseen by it and at the risk of the folder's integrity. The server leaves a note beside the
 * folder while it runs; the command-line tools read it and refuse.
 */

export type ServerLock = { pid: number; port: number; startedAt: string };

/** The note's file: beside the data folder (never inside it, which is PGlite's own). */
export const serverLockPath = (pgliteDir: string): string => `${pgliteDir.replace(/[/\\]+$/, '')}.server.json`;

/** Whether a process with that id runs (EPERM: it does, under another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Writes the note once the server listens; `removeServerLock` takes it away when it stops. */
export function writeServerLock(pgliteDir: string, lock: Omit<ServerLock, 'startedAt'>): void {
  fs.writeFileSync(serverLockPath(pgliteDir), JSON.stringify({ ...lock, startedAt: new Date().toISOString() }));
}

/** Removes the note if it is this process's (a newer server's note is left alone). */
export function removeServerLock(pgliteDir: string, pid = process.pid): void {
  const lock = readLock(pgliteDir);
  if (lock?.pid === pid) fs.rmSync(serverLockPath(pgliteDir), { force: true });
}

function readLock(pgliteDir: string): ServerLock | null {
  try {
    const lock = JSON.parse(fs.readFileSync(serverLockPath(pgliteDir), 'utf8')) as Partial<ServerLock>;
    return Number.isInteger(lock.pid) && Number.isInteger(lock.port) ? (lock as ServerLock) : null;
  } catch {
    return null;
  }
}

/** The server running on that folder, if any: a note left by a process that died (kill -9, a crash) does not count. */
export function runningServer(pgliteDir: string): ServerLock | null {
  const lock = readLock(pgliteDir);
  return lock && lock.pid !== process.pid && alive(lock.pid) ? lock : null;
}

/** The refusal a command-line tool gives while a server holds the folder, naming what to do instead. */
export function serverRunningMessage(pgliteDir: string, lock: ServerLock): string {
  return [
    `The server (process ${lock.pid}, http://localhost:${lock.port}) is running on the embedded database in ${pgliteDir}.`,
    'A second process must not open that folder: the server would not see what it writes, and the data could be damaged.',
    'Stop the server (Ctrl+C in its terminal), run this command again, then start the server again;',
    'or set DATABASE_URL to a PostgreSQL server, which several processes can share.',
    `The first administrator of a new install needs no command: open http://localhost:${lock.port}/configurazione and enter the one-time code the server printed.`,
  ].join('\n');
}
