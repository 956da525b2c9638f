import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';

describe('plans API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  it('lists both editions with loaded vs declared counts', async () => {
    const res = await t.api.get('/api/plans').expect(200).expect('Content-Type', /json/);
    expect(res.body.items.map((p: { code: string }) => p.code)).toEqual(['psm-2024-2026', 'psm-2021-2023']);
    const p21 = res.body.items[1];
    expect(p21).toMatchObject({
      title: 'Piano strategico metropolitano 2021-2023',
      subtitle: 'Torino Metropoli Aumentata',
      territory: { code: 'ITC11', name: 'Città metropolitana di Torino' },
      approvedOn: '2021-02-10',
      counts: { axes: { loaded: 6, declared: 6 }, strategies: { loaded: 10, declared: 24 }, actions: { loaded: 10, declared: 111 } },
    });
    expect(res.body.items[0].counts).toEqual({
      axes: { loaded: 6, declared: 6 },
      strategies: { loaded: 6, declared: 25 },
      actions: { loaded: 13, declared: 113 },
    });
  });

  it('serves the tree axes → strategies → actions in code order', async () => {
    const res = await t.api.get('/api/plans/psm-2021-2023/tree').expect(200);
    expect(res.body.axes.map((a: { code: string }) => a.code)).toEqual(['1', '2', '3', '4', '5', '6']);
    const axis1 = res.body.axes[0];
    expect(axis1).toMatchObject({ title: 'Torino Metropoli più produttiva e innovativa', altTitle: 'Digitalizzazione, innovazione, competitività e cultura', shortLabel: 'tM+ innovativa' });
    expect(axis1.strategies.map((s: { code: string }) => s.code)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5']);
    const s21 = res.body.axes[1].strategies[0];
    expect(s21.actions.map((a: { code: string; title: string }) => `${a.code} ${a.title}`)).toEqual([
      '2.1.1 Rete metropolitana delle infrastrutture verdi',
      '2.1.2 Torino Metropoli Parco',
      '2.1.3 Gran Bosco Torino',
    ]);
    expect(s21.indicatorCount).toBe(2);
    expect(s21.sourceUrl).toBe('http://www.cittametropolitana.torino.it/cms/sviluppo-economico/piano-strategico/psm-asse2');
  });

  it('answers 304 to a matching If-None-Match and sets cache headers', async () => {
    const first = await t.api.get('/api/plans').expect(200);
    expect(first.headers['cache-control']).toMatch(/public, max-age=\d+/);
    expect(first.headers.etag).toBeTruthy();
    const again = await t.api.get('/api/plans').set('If-None-Match', first.headers.etag!).expect(304);
    expect(again.text).toBe('');
    // Unknown query parameters are dropped: same response, same cache entry.
    const junk = await t.api.get('/api/plans?_=123').expect(200);
    expect(junk.headers.etag).toBe(first.headers.etag);
  });

  it('gives 404 problem+json for an unknown plan and 400 for a malformed code', async () => {
    const nf = await t.api.get('/api/plans/psm-1999-2001/tree');
    expect(problem(nf, 404)).toMatchObject({ status: 404, detail: 'Plan "psm-1999-2001" does not exist.' });
    const bad = await t.api.get('/api/plans/PSM%20X/tree');
    expect(problem(bad, 400)).toMatchObject({ status: 400, errors: [{ name: 'plan', message: 'must be a plan code such as psm-2021-2023' }] });
  });

  it('shows a change made by another process after the cache revalidates', async () => {
    const before = await t.api.get('/api/plans').expect(200);
    await t.db('plans').where({ code: 'psm-2021-2023' }).update({ subtitle: 'Torino Metropoli Aumentata (rev.)' });
    const after = await t.api.get('/api/plans').expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body.items[1].subtitle).toBe('Torino Metropoli Aumentata (rev.)');
  });
});
