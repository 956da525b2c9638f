import pg from 'pg';

/**
 * The benchmarks' connection to the PostgreSQL server: queries on the admin database (the URL as given,
 * or its server's `postgres` database when that one does not exist) and the URL of a benchmark database.
 */
export class PgAdmin {
  constructor(private url: string) {}

  get adminUrl(): string {
    return this.url;
  }

  async query(sql: string): Promise<pg.QueryResult> {
    const client = new pg.Client({ connectionString: this.url });
    try {
      await client.connect();
    } catch (err) {
      if ((err as { code?: string }).code !== '3D000' || new URL(this.url).pathname === '/postgres') throw err;
      const u = new URL(this.url);
      u.pathname = '/postgres';
      this.url = u.toString();
      return this.query(sql);
    }
    try {
      return await client.query(sql);
    } finally {
      await client.end();
    }
  }

  /** The same server, another database. */
  databaseUrl(name: string): string {
    const u = new URL(this.url);
    u.pathname = `/${name}`;
    return u.toString();
  }
}

/** A connection string fit to print: the password masked. */
export const redact = (url: string): string => {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
};
