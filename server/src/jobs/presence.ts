import crypto from 'node:crypto';
import os from 'node:os';
import type { Knex } from 'knex';
import pg from 'pg';
import type { AppProcessRow } from '../db/rows';

/**
 * Which API processes are alive, so that work a dead one left (a running import job) is failed at once
 * by whoever notices, and never the work of a live one.
 *
 * Each process registers a row in `app_processes` and, on a PostgreSQL server, keeps one connection of
 * its own (outside the pool) holding a session advisory lock on its id and refreshing `heartbeat_at`.
 * A process that dies loses that connection and so the lock, at once; one that freezes stops its
 * heartbeat. Another process judges it gone when, for GRACE_MS on end, its lock has been free or its
 * heartbeat older than LEASE_MS (the grace covers a database restart, which frees every lock and stops
 * every heartbeat for the moment the owners take to reconnect). On the embedded database only one process can open the data folder: every other registered
 * process is gone.
 */

/** First key of the presence locks (the second is the process id). */
const PRESENCE_LOCK = 7_201_004;
const HEARTBEAT_MS = 5_000;
/** A heartbeat older than this and the process is gone, lock or not (frozen, or a half-open connection). */
const LEASE_MS = 30_000;
/** How long a lock must stay free before its process counts as gone. */
export const GRACE_MS = 3_000;
const RECONNECT_MS = 1_000;

/** The application_name of this process's database connections: `psm-` and 16 hex digits. */
export function processTag(): string {
  return `psm-${crypto.randomBytes(8).toString('hex')}`;
}

export type Presence = {
  id: number;
  tag: string;
  /** Several processes may share the database (a PostgreSQL server). */
  shared: boolean;
  /** Registered processes other than this one that are gone (see above); each is reported once. */
  findGone: () => Promise<Pick<AppProcessRow, 'id' | 'tag'>[]>;
  /**
   * Ends the database sessions of this process other than the presence one (the pool's), e.g. an import
   * still running at the shutdown deadline, so its transaction is rolled back now. Then `sql` runs.
   */
  endOwnSessions: (sql: string, bindings: unknown[]) => Promise<void>;
  /** Marks this process stopped and releases its lock. */
  stop: () => Promise<void>;
};

type Log = (msg: string, err?: unknown) => void;

/**
 * Registers this process. `url`: the PostgreSQL server's connection string (null on the embedded
 * database, where there is no second connection to hold a lock with).
 */
export async function registerProcess(db: Knex, opts: { tag: string; url: string | null; log: Log }): Promise<Presence> {
  const [row] = (await db('app_processes').insert({ tag: opts.tag, host: os.hostname(), pid: process.pid }).returning('*')) as AppProcessRow[];
  const self = row!;
  return opts.url ? sharedPresence(db, self, opts.url, opts.log) : embeddedPresence(db, self);
}

function embeddedPresence(db: Knex, self: AppProcessRow): Presence {
  return {
    id: self.id,
    tag: self.tag,
    shared: false,
    findGone: async () =>
      (await db('app_processes')
        .whereNull('stopped_at')
        .whereNot('id', self.id)
        .update({ stopped_at: db.fn.now() })
        .returning(['id', 'tag'])) as Pick<AppProcessRow, 'id' | 'tag'>[],
    endOwnSessions: async () => {
      // One connection, held by the work itself: nothing else can end it. The next start fails the job.
    },
    stop: async () => {
      await db('app_processes').where('id', self.id).update({ stopped_at: db.fn.now() });
    },
  };
}

function sharedPresence(db: Knex, self: AppProcessRow, url: string, log: Log): Presence {
  let client: pg.Client | null = null;
  let locked = false;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  /** When each process was first seen without its lock. */
  const lockless = new Map<number, number>();

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url, application_name: self.tag, connectionTimeoutMillis: 3000, keepAlive: true });
    c.on('error', () => undefined);
    c.on('end', () => {
      if (client !== c) return;
      client = null;
      locked = false;
      // Lost (a database restart): take the lock again as soon as the server answers, before others judge.
      schedule(RECONNECT_MS / 5);
    });
    await c.connect();
    client = c;
  };

  /** Reconnects if needed, takes the lock if not held, refreshes the heartbeat. */
  const beat = async (): Promise<void> => {
    try {
      if (!client) await connect();
      if (!locked) {
        const r = await client!.query<{ ok: boolean }>('select pg_try_advisory_lock($1, $2) as ok', [PRESENCE_LOCK, self.id]);
        locked = r.rows[0]!.ok;
      }
      // Alive after all (frozen past the lease, or cut off longer than the grace): another process has
      // judged it gone, failed its jobs and ended its sessions; it counts as alive again from now on.
      const r = await client!.query<{ was: Date | null }>(
        'update app_processes p set heartbeat_at = now(), stopped_at = null from app_processes o where p.id = o.id and p.id = $1 returning o.stopped_at as was',
        [self.id],
      );
      if (r.rows[0]?.was) log(`presence: this process (${self.id}) had been judged gone by another; it is back`);
    } catch (err) {
      const c = client;
      client = null;
      locked = false;
      void c?.end().catch(() => undefined);
      log('presence: the database could not be reached; trying again', err);
    }
  };

  let beating: Promise<void> | null = null;
  function schedule(ms: number): void {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (beating) return;
      beating = beat().finally(() => {
        beating = null;
        schedule(client && locked ? HEARTBEAT_MS : RECONNECT_MS);
      });
    }, ms);
    timer.unref();
  }

  const ready = beat().then(() => schedule(client && locked ? HEARTBEAT_MS : RECONNECT_MS));

  return {
    id: self.id,
    tag: self.tag,
    shared: true,
    findGone: async () => {
      await ready;
      // On the presence connection, not the pool: under load the pool's queue would delay the verdict.
      const c = client;
      if (!c) return [];
      const { rows } = await c.query<{ id: number; tag: string; expired: boolean; present: boolean }>(
        `select p.id, p.tag,
           p.heartbeat_at < now() - make_interval(secs => $1) as expired,
           exists (select 1 from pg_locks l where l.locktype = 'advisory' and l.granted
                   and l.database = (select oid from pg_database where datname = current_database())
                   and l.classid = $2::oid and l.objid = p.id::oid and l.objsubid = 2) as present
         from app_processes p where p.stopped_at is null and p.id <> $3`,
        [LEASE_MS / 1000, PRESENCE_LOCK, self.id],
      );
      const now = Date.now();
      const gone: number[] = [];
      for (const p of rows) {
        if (p.present && !p.expired) {
          lockless.delete(p.id);
          continue;
        }
        const since = lockless.get(p.id) ?? now;
        lockless.set(p.id, since);
        if (now - since >= GRACE_MS) gone.push(p.id);
      }
      if (!gone.length) return [];
      for (const id of gone) lockless.delete(id);
      // Their sessions may linger (a statement still running, a half-open connection): end them, so the
      // locks and rows they hold are released now. Allowed to the same role; otherwise they time out.
      await c
        .query('select pg_terminate_backend(a.pid) from pg_stat_activity a join app_processes p on p.tag = a.application_name where p.id = any($1)', [gone])
        .catch((err: unknown) => log('presence: could not end the sessions of processes gone', err));
      const marked = await c.query<Pick<AppProcessRow, 'id' | 'tag'>>(
        'update app_processes set stopped_at = now() where id = any($1) and stopped_at is null returning id, tag',
        [gone],
      );
      return marked.rows;
    },
    endOwnSessions: async (sql, bindings) => {
      await ready;
      if (!client) await connect();
      await client!.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1 and pid <> pg_backend_pid()', [
        self.tag,
      ]);
      await client!.query(sql, bindings);
    },
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await ready;
      await beating;
      try {
        if (!client) await connect();
        await client!.query('update app_processes set stopped_at = now() where id = $1', [self.id]);
      } catch (err) {
        log('presence: could not record the stop', err);
      } finally {
        await client?.end().catch(() => undefined);
        client = null;
      }
    },
  };
}
