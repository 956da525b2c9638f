import type { Knex } from 'knex';
import type { DataVersionRow } from '../db/rows';
import { isDatabaseUnavailable } from '../db/unavailable';

export type CacheEntry = { body: Buffer; contentType: string; etag: string; disposition?: string };

/**
 * Keeps the bytes of public responses until the data changes. Every write bumps the database's
 * data_version (a trigger); a process looks at it at most once per `revalidateMs`, so several
 * stateless API processes stay consistent within that interval without talking to each other.
 * Keys are built from validated parameters, so junk query strings cannot multiply entries; the
 * total size is bounded; concurrent misses of one key share a single computation. While the database
 * cannot be reached, what is held is served as it is (a page a little old beats an error, and no
 * write can change the data meanwhile); what is not held fails as the database does (503).
 */
export class ResponseCache {
  private entries = new Map<string, CacheEntry>();
  private inFlight = new Map<string, Promise<CacheEntry>>();
  private bytes = 0;
  private version = -1;
  private checkedAt = 0;
  private pending: Promise<number> | null = null;
  /** Lookups answered from the cache (or by a computation already running for the key) and lookups that computed (metrics). */
  readonly stats = { hits: 0, misses: 0 };

  constructor(
    private readonly db: Knex,
    private readonly revalidateMs: number,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  /** The data version, read from the database when the last reading is older than revalidateMs. */
  async currentVersion(): Promise<number> {
    if (Date.now() - this.checkedAt < this.revalidateMs && this.version >= 0) return this.version;
    this.pending ??= (async () => {
      try {
        const row = await this.db<DataVersionRow>('data_version').where({ id: 1 }).first('version');
        const v = row?.version ?? 0;
        if (v !== this.version) this.clear();
        this.version = v;
        this.checkedAt = Date.now();
        return v;
      } finally {
        this.pending = null;
      }
    })();
    return this.pending;
  }

  /** The cached entry for `key`, or the result of `compute` (stored unless data changed meanwhile). */
  async getOrCompute(key: string, compute: () => Promise<CacheEntry>): Promise<CacheEntry> {
    let version: number;
    try {
      version = await this.currentVersion();
    } catch (err) {
      const held = this.entries.get(key);
      if (held && isDatabaseUnavailable(err)) {
        this.stats.hits++;
        return held;
      }
      throw err;
    }
    const hit = this.entries.get(key);
    if (hit) {
      this.stats.hits++;
      return hit;
    }
    const running = this.inFlight.get(key);
    if (running) {
      this.stats.hits++;
      return running;
    }
    this.stats.misses++;
    const promise = compute()
      .then((entry) => {
        if (this.version === version) this.store(key, entry);
        return entry;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }

  private store(key: string, entry: CacheEntry): void {
    if (entry.body.length > this.maxBytes / 4) return;
    if (this.bytes + entry.body.length > this.maxBytes) this.clear();
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
  }

  private clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  /** Drops everything now (after a write made by this process). */
  invalidate(): void {
    this.clear();
    this.checkedAt = 0;
  }
}
