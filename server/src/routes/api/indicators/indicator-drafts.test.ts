import { loginAs, type LoggedIn } from '../../../test/accounts';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { tableCounts } from '../../../test/test-db';

const CODE = 'DRAFT_PM10';
const IND = `/api/indicators/${CODE}`;
const BO = `/api/backoffice/indicators/${CODE}`;
const PLAN = '/api/plans/psm-2024-2026';

/**
 * A draft indicator (as an import creates it: named with its code, no unit, no licence) with the values
 * of BES_10AMB001P, a target and a link to strategy 2.1: the public sees none of it, the back-office
 * sees it all; publishing needs the metadata, and shows it; withdrawing hides it again.
 */
describe('draft indicators', () => {
  let t: TestApp;
  let analyst: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp({ cacheRevalidateMs: 0 });
    analyst = await loginAs(t, 'analyst');
    const [draft] = await t.db('indicators').insert({ code: CODE, name: CODE, source: 'istat', source_code: 'PM10' }).returning<{ id: number }[]>('id');
    const model = await t.db('indicators').where({ code: 'BES_10AMB001P' }).first('id');
    await t.db.raw(
      `insert into observations (indicator_id, territory_id, period, period_start, value, provisional, estimated, break_in_series, recorded_at)
       select ?, territory_id, period, period_start, value, provisional, estimated, break_in_series, recorded_at from observations where indicator_id = ? and superseded_at is null`,
      [draft!.id, model.id],
    );
    const strategy = await t.db('strategies as s').join('plans as p', 'p.id', 's.plan_id').where({ 'p.code': 'psm-2024-2026', 's.code': '2.1' }).first('s.id');
    await t.db('indicator_strategies').insert({ indicator_id: draft!.id, strategy_id: strategy.id, demonstration: false, position: 99 });
    const territory = await t.db('territories').where({ code: 'ITC11' }).first('id');
    await t.db('targets').insert({ indicator_id: draft!.id, territory_id: territory.id, period: '2030', value: 20, source_url: 'https://example.org/obiettivi' });
  });
  afterAll(() => t.destroy());

  const oembed = () => t.api.get(`/api/oembed?url=${encodeURIComponent(`http://psm.example/indicatori/${CODE}`)}`).set('Host', 'psm.example');
  const publicCodes = async (path: string) => JSON.stringify((await t.api.get(path).expect(200)).body);

  it('is a draft by default and invisible to every public read', async () => {
    expect(await t.db('indicators').where({ code: CODE }).first('status', 'published_at')).toEqual({ status: 'draft', published_at: null });
    expect(await publicCodes('/api/indicators?pageSize=200')).not.toContain(CODE);
    expect(await publicCodes(`/api/indicators?q=${CODE}`)).not.toContain(CODE);
    problem(await t.api.get(IND), 404);
    problem(await t.api.get(`${IND}/download?format=csv`), 404);
    problem(await t.api.get(`${IND}/revisions`), 404);
    problem(await t.api.get(`/api/observations?indicator=${CODE}`), 404);
    expect(await publicCodes(`${PLAN}/strategies/2.1/dashboard`)).not.toContain(CODE);
    expect(await publicCodes(`${PLAN}/strategies/2.1/indicators`)).not.toContain(CODE);
    problem(await oembed(), 404);
    // Signed in, the public routes answer the same.
    await analyst.agent.get(IND).expect(404);
  });

  it('is in the back-office, marked draft, with what publishing needs', async () => {
    const list = (await analyst.agent.get('/api/backoffice/indicators?status=draft').expect(200)).body;
    expect(list.drafts).toBe(1);
    expect(list.items.map((i: { code: string }) => i.code)).toEqual([CODE]);
    expect(list.items[0].publication).toEqual({ status: 'draft', publishedAt: null, missing: ['name', 'unit', 'source', 'licence'] });
    const detail = (await analyst.agent.get(BO).expect(200)).body;
    expect(detail).toMatchObject({ code: CODE, publication: { status: 'draft' }, targets: [expect.objectContaining({ period: '2030' })] });
    expect(detail.strategies).toEqual([expect.objectContaining({ strategy: '2.1' })]);
    await t.api.get(BO).expect(401);
  });

  it('refuses to publish with a 422 naming each missing field, changing nothing', async () => {
    const counts = await tableCounts(t.db);
    const before = await t.db('indicators').where({ code: CODE }).first();
    const body = problem(await analyst.agent.post(`${IND}/publish`).set(analyst.csrf), 422);
    expect(body.type).toBe('/api/docs#problem-not-publishable');
    expect(body.errors!.map((e) => e.name)).toEqual(['name', 'unit', 'source', 'licence']);
    expect(await tableCounts(t.db)).toEqual(counts);
    expect(await t.db('indicators').where({ code: CODE }).first()).toEqual(before);
  });

  it('publishes once complete: audited, and the public sees it', async () => {
    await analyst.agent
      .patch(IND)
      .set(analyst.csrf)
      .send({ name: 'PM10 di prova', unit: 'µg/m³', sourceAgency: 'ISTAT', licence: 'CC BY 4.0' })
      .expect(200);
    await t.api.get(IND).expect(404);
    const res = await analyst.agent.post(`${IND}/publish`).set(analyst.csrf).expect(200);
    expect(res.body.publication).toEqual({ status: 'published', publishedAt: expect.any(String), missing: [] });
    expect((await t.api.get(IND).expect(200)).body).toMatchObject({ code: CODE, name: 'PM10 di prova', unit: 'µg/m³' });
    expect(await publicCodes(`${PLAN}/strategies/2.1/dashboard`)).toContain(CODE);
    expect((await t.api.get(`/api/observations?indicator=${CODE}`).expect(200)).body.items.length).toBeGreaterThan(0);
    await t.api.get(`${IND}/download?format=csv`).expect(200);
    expect((await oembed().expect(200)).body.title).toBe('PM10 di prova');
    const audit = await t.db('audit_log').where({ resource_type: 'indicator', resource_id: CODE, action: 'publish' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ before: { status: 'draft' }, after: { status: 'published' } });
  });

  it('unpublishes: hidden from the public again, kept in the back-office, audited', async () => {
    const res = await analyst.agent.post(`${IND}/unpublish`).set(analyst.csrf).expect(200);
    expect(res.body.publication).toMatchObject({ status: 'draft', publishedAt: null, missing: [] });
    await t.api.get(IND).expect(404);
    expect(await publicCodes(`${PLAN}/strategies/2.1/dashboard`)).not.toContain(CODE);
    await analyst.agent.get(BO).expect(200);
    expect(await t.db('audit_log').where({ resource_type: 'indicator', resource_id: CODE, action: 'unpublish' })).toHaveLength(1);
  });

  it('keeps a draft linked when the strategy editor saves the published list', async () => {
    const current = (await t.api.get(`${PLAN}/strategies/2.1/indicators`).expect(200)).body.items;
    const items = current.map((i: { indicator: string; demonstration: boolean }) => ({ indicator: i.indicator, demonstration: i.demonstration }));
    await analyst.agent.put(`${PLAN}/strategies/2.1/indicators`).set(analyst.csrf).send({ items }).expect(200);
    expect((await analyst.agent.get(BO).expect(200)).body.strategies).toEqual([expect.objectContaining({ strategy: '2.1' })]);
  });

  it('answers 404 for an unknown code, 401 without a session', async () => {
    problem(await analyst.agent.post('/api/indicators/NOPE/publish').set(analyst.csrf), 404);
    await t.api.post(`${IND}/publish`).expect(401);
  });
});
