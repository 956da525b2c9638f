import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';

describe('oEmbed', () => {
  let t: TestApp;
  // The site is whatever Host the request names (supertest listens on a new port for each request).
  const origin = 'http://psm.example';
  const oembed = (query: Record<string, string>) => t.api.get('/api/oembed').set('Host', 'psm.example').query(query);

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  it('answers an indicator page with a rich <iframe> of its embed version, keeping the view', async () => {
    const url = `${origin}/indicatori/BES_01SAL001?territori=ITC11,IT&lang=en&tab=tabella`;
    const res = await oembed({ url, format: 'json' }).expect(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'Life expectancy at birth',
      provider_name: 'Città metropolitana di Torino – Monitoraggio PSM',
      provider_url: `${origin}/`,
      html: `<iframe src="${origin}/embed/indicatori/BES_01SAL001?territori=ITC11%2CIT&amp;lang=en" title="Life expectancy at birth" width="720" height="760" loading="lazy" style="border:0"></iframe>`,
      width: 720,
      height: 760,
      cache_age: 3600,
    });
  });

  it('answers a strategy page in Italian, within maxwidth and maxheight', async () => {
    const res = await oembed({ url: `${origin}/piani/psm-2024-2026/strategie/2.1`, maxwidth: '400', maxheight: '300' }).expect(200);
    expect(res.body).toMatchObject({ width: 400, height: 300, title: expect.stringMatching(/^Strategia 2\.1 – \S/) });
    expect(res.body.html).toContain(`src="${origin}/embed/piani/psm-2024-2026/strategie/2.1"`);
    expect(res.body.html).toContain('width="400" height="300"');
  });

  it('answers 404 for an address that is not an embeddable page of this site', async () => {
    for (const url of [
      `${origin}/indicatori/NOPE`,
      `${origin}/piani/psm-2024-2026/strategie/9.9`,
      `${origin}/indicatori`,
      `${origin}/gestione/indicatori/BES_01SAL001`,
      'https://example.org/indicatori/BES_01SAL001',
    ]) {
      const body = problem(await oembed({ url }), 404);
      expect(body.detail).toContain(url);
    }
  });

  it('answers 501 for format=xml and 400 for bad parameters', async () => {
    expect(problem(await oembed({ url: `${origin}/indicatori/BES_01SAL001`, format: 'xml' }), 501).errors).toEqual([
      { name: 'format', message: 'only json is offered' },
    ]);
    expect(problem(await oembed({ url: `${origin}/indicatori/BES_01SAL001`, format: 'yaml' }), 400).errors?.[0]?.name).toBe('format');
    expect(problem(await oembed({ url: `${origin}/indicatori/BES_01SAL001`, maxwidth: '-5' }), 400).errors?.[0]?.name).toBe('maxwidth');
    expect(problem(await oembed({ url: 'not a url' }), 400).errors?.[0]?.name).toBe('url');
    expect(problem(await oembed({ url: 'ftp://example.org/indicatori/X' }), 400).errors?.[0]?.name).toBe('url');
    expect(problem(await t.api.get('/api/oembed'), 400).errors?.[0]?.name).toBe('url');
  });
});
