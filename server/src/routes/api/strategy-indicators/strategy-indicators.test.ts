import { loginAs, type LoggedIn } from '../../../test/accounts';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { tableCounts } from '../../../test/test-db';

const URL = '/api/plans/psm-2024-2026/strategies/2.1/indicators';

describe('indicators of a strategy: read publicly, replaced by analysts', () => {
  let t: TestApp;
  let analyst: LoggedIn;
  let admin: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp({ cacheRevalidateMs: 600_000 });
    analyst = await loginAs(t, 'analyst');
    admin = await loginAs(t, 'admin');
  });
  afterAll(() => t.destroy());

  const put = (body: object, url = URL) => analyst.agent.put(url).set(analyst.csrf).send(body);
  const rows = async () =>
    t.db('indicator_strategies as x')
      .join('strategies as s', 's.id', 'x.strategy_id')
      .join('plans as p', 'p.id', 's.plan_id')
      .join('indicators as i', 'i.id', 'x.indicator_id')
      .where({ 'p.code': 'psm-2024-2026', 's.code': '2.1' })
      .orderBy('x.position')
      .select('i.code', 'x.demonstration', 'x.rationale', 'x.position');

  it('lists the seeded links in the dashboard order', async () => {
    const res = await t.api.get(URL).expect(200).expect('Cache-Control', /^public/);
    expect(res.body).toEqual({
      plan: 'psm-2024-2026',
      strategy: '2.1',
      items: [
        { indicator: 'BES_10AMB001P', name: expect.any(String), demonstration: true, rationale: expect.any(String), position: 1 },
        { indicator: 'BES_10AMB017', name: expect.any(String), demonstration: true, rationale: expect.any(String), position: 2 },
      ],
    });
    await t.api.get('/api/plans/psm-2024-2026/strategies/9.9/indicators').expect(404);
    expect(problem(await t.api.get('/api/plans/psm-2024-2026/strategies/x/indicators'), 400).errors![0]!.name).toBe('code');
  });

  it('replaces the list in the order given; the dashboard, the list and the context trend show it at once', async () => {
    const before = (await t.api.get('/api/plans/psm-2024-2026/context').expect(200)).body.strategies[1];
    expect(before).toMatchObject({ code: '2.1', indicators: 2, demonstration: 2 });
    const res = await put({
      items: [
        { indicator: 'BES_10AMB017', demonstration: false, rationale: 'Indicato dal piano' },
        { indicator: 'EUROSTAT_GDP_EUR_HAB', demonstration: true, rationale: null },
        { indicator: 'BES_10AMB001P', demonstration: true },
      ],
    }).expect(200);
    expect(res.body.items.map((i: { indicator: string; demonstration: boolean; rationale: string | null; position: number }) => [i.indicator, i.demonstration, i.rationale, i.position])).toEqual([
      ['BES_10AMB017', false, 'Indicato dal piano', 1],
      ['EUROSTAT_GDP_EUR_HAB', true, null, 2],
      ['BES_10AMB001P', true, null, 3],
    ]);
    expect(await rows()).toEqual([
      { code: 'BES_10AMB017', demonstration: false, rationale: 'Indicato dal piano', position: 1 },
      { code: 'EUROSTAT_GDP_EUR_HAB', demonstration: true, rationale: null, position: 2 },
      { code: 'BES_10AMB001P', demonstration: true, rationale: null, position: 3 },
    ]);
    expect((await t.api.get(URL).expect(200)).body.items).toEqual(res.body.items);
    const dashboard = (await t.api.get('/api/plans/psm-2024-2026/strategies/2.1/dashboard').expect(200)).body;
    expect(dashboard.indicators.map((i: { code: string; demonstration: boolean }) => `${i.code}:${i.demonstration}`)).toEqual([
      'BES_10AMB017:false',
      'EUROSTAT_GDP_EUR_HAB:true',
      'BES_10AMB001P:true',
    ]);
    const after = (await t.api.get('/api/plans/psm-2024-2026/context').expect(200)).body.strategies[1];
    expect(after).toMatchObject({ code: '2.1', indicators: 3, demonstration: 2 });
  });

  it('answers 400 naming the item for unknown or repeated indicators and bad items, writing nothing', async () => {
    const counts = await tableCounts(t.db);
    const links = await rows();
    const unknown = await put({ items: [{ indicator: 'BES_10AMB017', demonstration: true }, { indicator: 'NOPE_1', demonstration: true }] });
    expect(problem(unknown, 400).errors).toEqual([{ name: 'items.1.indicator', message: 'no indicator with code "NOPE_1"' }]);
    const twice = await put({
      items: [
        { indicator: 'BES_10AMB017', demonstration: true },
        { indicator: 'BES_10AMB001P', demonstration: true },
        { indicator: 'BES_10AMB017', demonstration: false },
      ],
    });
    expect(problem(twice, 400).errors).toEqual([{ name: 'items.2.indicator', message: '"BES_10AMB017" is listed twice, at items.0 and items.2' }]);
    expect(problem(await put({ items: [{ indicator: 'BES_10AMB017' }] }), 400).errors).toEqual([{ name: 'items.0.demonstration', message: 'must be true or false' }]);
    expect(problem(await put({ items: [{ indicator: 'BES_10AMB017', demonstration: true, weight: 2 }] }), 400).errors).toEqual([
      { name: 'items.0.weight', message: 'is not a known field' },
    ]);
    expect(problem(await put({}), 400).errors![0]!.name).toBe('items');
    await put({ items: [] }, '/api/plans/psm-2024-2026/strategies/9.9/indicators').expect(404);
    expect(await tableCounts(t.db)).toEqual(counts);
    expect(await rows()).toEqual(links);
  });

  it('empties the list with no items, and refuses managers', async () => {
    const manager = await loginAs(t, 'manager');
    await manager.agent.put(URL).set(manager.csrf).send({ items: [] }).expect(403);
    expect((await put({ items: [] }).expect(200)).body).toEqual({ plan: 'psm-2024-2026', strategy: '2.1', items: [] });
    expect(await rows()).toEqual([]);
  });

  it('keeps each replacement in the audit log with the list before and after', async () => {
    const res = await admin.agent.get('/api/audit?resourceType=strategy_indicators&resourceId=psm-2024-2026/2.1').expect(200);
    const [emptied, replaced] = res.body.items;
    expect(replaced).toMatchObject({ actor: analyst.account.email, action: 'update' });
    expect(replaced.before.map((i: { indicator: string }) => i.indicator)).toEqual(['BES_10AMB001P', 'BES_10AMB017']);
    expect(replaced.after.map((i: { indicator: string }) => i.indicator)).toEqual(['BES_10AMB017', 'EUROSTAT_GDP_EUR_HAB', 'BES_10AMB001P']);
    expect(emptied).toMatchObject({ before: replaced.after, after: [] });
    expect(res.body.items).toHaveLength(2);
  });
});
