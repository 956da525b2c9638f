import type { Knex } from 'knex';

export type CacheEntry = { body: Buffer; contentType: string; etag: string; disposition?: string };

/**
 * Keeps the bytes of public responses until the data changes. Every write bumps the database's
 * data_version (a trigger); a process looks at it at most once per `revalidateMs`, so several
 * stateless API processes stay consistent within that interval without talking to each other.
 */
export class ResponseCache {
  private entries = new Map<string, CacheEntry>();
  private version = -1;
  private checkedAt = 0;
  private pending: Promise<number> | null = null;

  constructor(
    private readonly db: Knex,
    private readonly revalidateMs: number,
    private readonly maxEntries = 5000,
  ) {}

  /** The data version, read from the database when the last reading is older than revalidateMs. */
  async currentVersion(): Promise<number> {
    if (Date.now() - this.checkedAt < this.revalidateMs && this.version >= 0) return this.version;
    this.pending ??= (async () => {
      try {
        const row = await this.db('data_version').where({ id: 1 }).first('version');
        const v = Number(row?.version ?? 0);
        if (v !== this.version) this.entries.clear();
        this.version = v;
        this.checkedAt = Date.now();
        return v;
      } finally {
        this.pending = null;
      }
    })();
    return this.pending;
  }

  async get(key: string): Promise<CacheEntry | undefined> {
    await this.currentVersion();
    return this.entries.get(key);
  }

  set(key: string, entry: CacheEntry): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, entry);
  }

  /** Drops everything now (after a write made by this process). */
  invalidate(): void {
    this.entries.clear();
    this.checkedAt = 0;
  }
}
