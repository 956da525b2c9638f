import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../app';
import { problem } from '../test/problem';
import { createTestDb, type TestDb } from '../test/test-db';

describe('the built client', () => {
  let t: TestDb;
  let dist: string;
  let api: ReturnType<typeof request>;
  const script = `console.log(${JSON.stringify('x'.repeat(4000))});`;

  beforeAll(async () => {
    t = await createTestDb();
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-dist-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), `<!doctype html><html lang="it"><body><div id="root"></div>${' '.repeat(2000)}</body></html>`);
    fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), script);
    api = request(createApp({ db: t.db, clientDist: dist, log: () => undefined }));
  });
  afterAll(async () => {
    fs.rmSync(dist, { recursive: true, force: true });
    await t.destroy();
  });

  it('sends hashed assets compressed and cacheable for a year', async () => {
    const res = await api.get('/assets/index-abc123.js').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toMatch(/max-age=31536000, immutable/);
    expect(res.text).toBe(script);
  });

  it('answers client routes with index.html (compressed, revalidated) and unknown assets with 404', async () => {
    const page = await api.get('/piani/psm-2024-2026/strategie/1.1?lang=en').set('Accept-Encoding', 'gzip').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.text).toContain('<div id="root">');
    await api.get('/assets/missing.js').expect(404);
  });

  it('answers hostile static paths with a 4xx problem+json, never a 500', async () => {
    const expected: [string, number][] = [
      ['/assets/', 404],
      [`/assets/${'a'.repeat(5000)}.js`, 404],
      ['/assets/%252e%252e/x', 404],
      ['/assets/%00.js', 400],
      // A traversal out of the folder: refused by the static server.
      ['/assets/%2e%2e/index.html', 403],
      ['/assets/..%2f..%2fetc%2fpasswd', 403],
      ['/assets/%ff', 400],
      ['/%ff', 400],
    ];
    const seen: [string, number][] = [];
    for (const [path] of expected) {
      const res = await api.get(path);
      seen.push([path, res.status]);
      problem(res, res.status);
    }
    expect(seen).toEqual(expected);
    // Beyond /assets every path is a client route: index.html, even when long.
    await api.get(`/${'a'.repeat(5000)}`).expect(200);
  });

  it('leaves API answers uncompressed', async () => {
    const res = await api.get('/api/plans').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});
