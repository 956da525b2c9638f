import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../app';
import { createTestDb, type TestDb } from '../test/test-db';

/** Embeddable pages may be framed by any site; every other answer keeps refusing frames. */
describe('embeddable pages', () => {
  let t: TestDb;
  let dist: string;
  let api: ReturnType<typeof request>;
  const get = (p: string) => api.get(p).set('Host', 'psm.example');

  beforeAll(async () => {
    t = await createTestDb();
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-dist-'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html lang="it"><head><title>PSM</title></head><body><div id="root"></div></body></html>');
    api = request(createApp({ db: t.db, clientDist: dist, log: () => undefined }));
  });
  afterAll(async () => {
    fs.rmSync(dist, { recursive: true, force: true });
    await t.destroy();
  });

  it('lets any site frame /embed/… pages and nothing else', async () => {
    for (const p of ['/embed/indicatori/BES_01SAL001?lang=en', '/embed/piani/psm-2024-2026/strategie/2.1']) {
      const res = await get(p).expect(200);
      expect(res.text).toContain('<div id="root">');
      expect(res.headers['content-security-policy']).toContain('frame-ancestors *');
      expect(res.headers['content-security-policy']).not.toContain("frame-ancestors 'self'");
      expect(res.headers['x-frame-options']).toBeUndefined();
    }
    for (const p of ['/indicatori/BES_01SAL001', '/embed', '/embedded/indicatori/BES_01SAL001', '/piani/psm-2024-2026', '/api/plans', '/api/oembed']) {
      const res = await get(p);
      expect([p, res.headers['x-frame-options'], res.headers['content-security-policy']]).toEqual([p, 'SAMEORIGIN', expect.stringContaining("frame-ancestors 'self'")]);
      expect(res.headers['content-security-policy']).not.toContain('frame-ancestors *');
    }
  });

  it('names the oEmbed endpoint in the <head> of indicator and strategy pages', async () => {
    const indicator = await get('/indicatori/BES_01SAL001?lang=en&territori=ITC11').expect(200);
    const href = `http://psm.example/api/oembed?url=${encodeURIComponent('http://psm.example/indicatori/BES_01SAL001?lang=en&territori=ITC11')}&amp;format=json`;
    expect(indicator.text).toContain(`<link rel="alternate" type="application/json+oembed" href="${href}" title="Life expectancy at birth">\n</head>`);

    const strategy = await get('/piani/psm-2024-2026/strategie/2.1').expect(200);
    expect(strategy.text).toMatch(/<link rel="alternate" type="application\/json\+oembed" href="http:\/\/psm\.example\/api\/oembed\?url=[^"]+" title="Strategia 2\.1 – [^"]+">/);

    // The discovery link leads to a working oEmbed answer.
    const link = /href="([^"]+)"/.exec(indicator.text)![1]!.replace(/&amp;/g, '&');
    const oembed = await get(link.replace('http://psm.example', '')).expect(200);
    expect(oembed.body).toMatchObject({ type: 'rich', title: 'Life expectancy at birth' });

    for (const p of ['/indicatori/NOPE', '/indicatori', '/piani/psm-2024-2026', '/embed/indicatori/BES_01SAL001']) {
      const res = await get(p).expect(200);
      expect([p, res.text.includes('json+oembed')]).toEqual([p, false]);
    }
  });
});
