import { problem } from '../test/problem';
import { createTestApp, type TestApp } from '../test/test-app';

const TOKEN = 'metrics-token-0123456789abcdef';

/** The value of one series in the Prometheus text, 0 when absent. */
function valueOf(text: string, name: string, labels: Record<string, string>): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    const m = /^([a-z_]+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = m[2]!.split(',');
    if (wanted.every((w) => have.includes(w))) return Number(m[3]);
  }
  return 0;
}

describe('GET /metrics', () => {
  it('is not there without METRICS_TOKEN: 404', async () => {
    const t = await createTestApp();
    try {
      problem(await t.api.get('/metrics'), 404);
      problem(await t.api.get('/metrics').set('Authorization', `Bearer ${TOKEN}`), 404);
    } finally {
      await t.destroy();
    }
  });

  describe('with METRICS_TOKEN', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ metricsToken: TOKEN });
    });
    afterAll(() => t.destroy());
    const scrape = () => t.api.get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200);

    it('answers 401 without the token or with a wrong one', async () => {
      const none = await t.api.get('/metrics');
      expect(problem(none, 401).type).toBe('/api/docs#problem-unauthorized');
      expect(none.headers['www-authenticate']).toBe('Bearer');
      problem(await t.api.get('/metrics').set('Authorization', `Bearer ${TOKEN}x`), 401);
      problem(await t.api.get('/metrics').set('Authorization', `Basic ${TOKEN}`), 401);
    });

    it('counts requests by method, declared route and status, never the raw URL', async () => {
      const route = '/api/plans/:plan/tree';
      const code = 'psm-2021-2023';
      const before = (await scrape()).text;
      await t.api.get(`/api/plans/${code}/tree`).expect(200);
      await t.api.get(`/api/plans/${code}/tree`).expect(200);
      await t.api.get('/api/plans/no-such-plan/tree').expect(404);
      const res = await scrape();
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      const after = res.text;
      expect(valueOf(after, 'psm_http_requests_total', { method: 'GET', route, status: '200' }) - valueOf(before, 'psm_http_requests_total', { method: 'GET', route, status: '200' })).toBe(2);
      expect(valueOf(after, 'psm_http_requests_total', { method: 'GET', route, status: '404' }) - valueOf(before, 'psm_http_requests_total', { method: 'GET', route, status: '404' })).toBe(1);
      expect(valueOf(after, 'psm_http_request_duration_seconds_count', { method: 'GET', route, status: '200' })).toBeGreaterThanOrEqual(2);
      expect(after).not.toContain(`/api/plans/${code}/tree`);
      expect(after).not.toContain('no-such-plan');
      // Unknown paths share one series.
      await t.api.get('/api/what/ever/42').expect(404);
      expect(valueOf((await scrape()).text, 'psm_http_requests_total', { method: 'GET', route: 'unmatched', status: '404' })).toBeGreaterThanOrEqual(1);
    });

    it('reports response-cache hits and misses, import jobs and no 5xx', async () => {
      const text0 = (await scrape()).text;
      await t.api.get('/api/plans').expect(200);
      await t.api.get('/api/plans').expect(200);
      const text = (await scrape()).text;
      const hits = (s: string) => valueOf(s, 'psm_response_cache_lookups_total', { result: 'hit' });
      expect(hits(text) - hits(text0)).toBeGreaterThanOrEqual(1);
      expect(valueOf(text, 'psm_response_cache_lookups_total', { result: 'miss' })).toBeGreaterThanOrEqual(1);
      expect(text).toContain('psm_import_jobs{state="running"} 0');
      expect(text).toContain('psm_import_jobs{state="queued"} 0');
      expect(text).toContain('# TYPE psm_http_server_errors_total counter');
      // The process's own metrics, under prom-client's usual names.
      expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
      expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
      expect(text).toMatch(/^process_resident_memory_bytes \d/m);
      expect(text).not.toMatch(/^psm_http_server_errors_total\{/m);
      // A PostgreSQL server is reached through knex's pool of several connections; the embedded
      // database's pool, when knex has opened it, holds one.
      const pool = Object.fromEntries([...text.matchAll(/^psm_db_pool_connections\{state="(\w+)"\} (\d+)$/gm)].map((m) => [m[1], Number(m[2])]));
      if (process.env.DATABASE_URL) expect(Object.keys(pool).sort()).toEqual(['free', 'pending', 'used']);
      else expect((pool.used ?? 0) + (pool.free ?? 0)).toBeLessThanOrEqual(1);
    });
  });
});
