import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { getPlanContext } from './service';

type Counts = { indicators: number; improving: number; worsening: number; stable: number; other: number; demonstration: number };
type DashboardIndicator = { code: string; demonstration: boolean; series: { territory: { code: string }; direction: string }[] };

const zero: Counts = { indicators: 0, improving: 0, worsening: 0, stable: 0, other: 0, demonstration: 0 };

describe('context trend of a plan (level 1)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  /** What the strategy dashboards of the plan say, tallied by hand: each indicator once per axis and once for the plan. */
  async function fromDashboards(plan: string, strategies: { code: string; axis: string }[]) {
    const byStrategy = new Map<string, Counts>();
    const indicatorsOf = new Map<string, Map<string, { direction: string; demonstration: boolean }>>();
    for (const s of strategies) {
      const d = (await t.api.get(`/api/plans/${plan}/strategies/${s.code}/dashboard`).expect(200)).body;
      byStrategy.set(s.code, { ...d.summary, demonstration: d.indicators.filter((i: DashboardIndicator) => i.demonstration).length });
      for (const scope of [`axis ${s.axis}`, 'plan']) {
        const seen = indicatorsOf.get(scope) ?? new Map();
        for (const i of d.indicators as DashboardIndicator[]) {
          const direction = i.series.find((x) => x.territory.code === 'ITC11')?.direction ?? 'unknown';
          seen.set(i.code, { direction, demonstration: (seen.get(i.code)?.demonstration ?? true) && i.demonstration });
        }
        indicatorsOf.set(scope, seen);
      }
    }
    const tally = (scope: string): Counts => {
      const c = { ...zero };
      for (const { direction, demonstration } of indicatorsOf.get(scope)?.values() ?? []) {
        c.indicators++;
        if (direction === 'improving' || direction === 'worsening' || direction === 'stable') c[direction]++;
        else c.other++;
        if (demonstration) c.demonstration++;
      }
      return c;
    };
    return { byStrategy, tally };
  }

  it('counts the indicators of the plan, each axis and each strategy by direction in the focus territory, as the dashboards judge them', async () => {
    const res = await t.api.get('/api/plans/psm-2024-2026/context').expect(200).expect('Cache-Control', /^public/);
    const body = res.body;
    expect(body.territory).toEqual({ code: 'ITC11', name: 'Città metropolitana di Torino' });
    expect(body.axes.map((a: { code: string }) => a.code)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(body.strategies.map((s: { code: string; axis: string }) => `${s.code}:${s.axis}`)).toEqual(['1.1:1', '2.1:2', '3.1:3', '4.1:4', '5.1:5', '6.1:6']);
    // Strategy 2.1: PM10 and separate waste collection, both improving in Torino (see the dashboard test); both links are ours.
    expect(body.strategies[1]).toEqual({ code: '2.1', title: 'Costruire e infrastrutturare la metropoli verde', axis: '2', ...zero, indicators: 2, improving: 2, demonstration: 2 });
    // BES_02IST003P-N22 is linked to 4.1 and 5.1: 12 links, 11 indicators for the plan.
    const links = Number((await t.db('indicator_strategies as x').join('strategies as s', 's.id', 'x.strategy_id').join('plans as p', 'p.id', 's.plan_id').where('p.code', 'psm-2024-2026').count({ n: '*' }).first())!.n);
    expect(links).toBe(12);
    expect(body.plan).toMatchObject({ code: 'psm-2024-2026', title: 'Piano strategico metropolitano 2024-2026', indicators: 11 });

    const { byStrategy, tally } = await fromDashboards('psm-2024-2026', body.strategies);
    for (const s of body.strategies) expect({ code: s.code, ...byStrategy.get(s.code) }).toEqual({ code: s.code, ...pick(s) });
    for (const a of body.axes) expect({ code: a.code, ...tally(`axis ${a.code}`) }).toEqual({ code: a.code, ...pick(a) });
    expect(pick(body.plan)).toEqual(tally('plan'));
  });

  it('lists every axis and strategy, with zeros where no indicator is linked, and counts an indicator once per axis', async () => {
    const plan = await t.db('plans').where({ code: 'psm-2021-2023' }).first();
    const strategyId = async (code: string) => (await t.db('strategies').where({ plan_id: plan.id, code }).first()).id as number;
    const gdp = await t.db('indicators').where({ code: 'EUROSTAT_GDP_EUR_HAB' }).first();
    // GDP (strategy 1.1, our judgement) also linked to 1.3 by the plan itself: still one indicator for axis 1, no longer a demonstration there.
    await t.db('indicator_strategies').insert({ indicator_id: gdp.id, strategy_id: await strategyId('1.3'), demonstration: false, position: 99 });

    const body = (await t.api.get('/api/plans/psm-2021-2023/context').expect(200)).body;
    expect(body.strategies).toHaveLength(10);
    expect(body.strategies.find((s: { code: string }) => s.code === '1.2')).toEqual({ code: '1.2', title: 'Innovare nella produzione montana e agricola', axis: '1', ...zero });
    expect(body.strategies.find((s: { code: string }) => s.code === '1.3')).toMatchObject({ indicators: 4, demonstration: 3 });
    expect(body.axes[0]).toMatchObject({ code: '1', indicators: 6, demonstration: 5 });
    expect(body.plan).toMatchObject({ indicators: 15, demonstration: 14 });
    const { byStrategy, tally } = await fromDashboards('psm-2021-2023', body.strategies);
    for (const s of body.strategies) expect({ code: s.code, ...byStrategy.get(s.code) }).toEqual({ code: s.code, ...pick(s) });
    for (const a of body.axes) expect({ code: a.code, ...tally(`axis ${a.code}`) }).toEqual({ code: a.code, ...pick(a) });
    expect(pick(body.plan)).toEqual(tally('plan'));
  });

  it('reads the whole plan in a fixed number of queries (no query per strategy or indicator)', async () => {
    const sql: string[] = [];
    const listen = (q: { sql: string }) => sql.push(q.sql);
    t.db.on('query', listen);
    try {
      await getPlanContext(t.db, 'psm-2021-2023');
    } finally {
      t.db.off('query', listen);
    }
    // The plan, axes, strategies, links, and the series of the territory.
    expect(sql).toHaveLength(5);
    expect(sql.filter((q) => q.includes('observations'))).toHaveLength(1);
  });

  it('answers 404 for an unknown plan and 400 for a malformed code', async () => {
    const nf = await t.api.get('/api/plans/psm-1999-2001/context');
    expect(problem(nf, 404).detail).toBe('Plan "psm-1999-2001" does not exist.');
    const bad = await t.api.get('/api/plans/PSM%20X/context');
    expect(problem(bad, 400).errors).toEqual([{ name: 'plan', message: 'must be a plan code such as psm-2021-2023' }]);
  });
});

function pick(c: Counts): Counts {
  return { indicators: c.indicators, improving: c.improving, worsening: c.worsening, stable: c.stable, other: c.other, demonstration: c.demonstration };
}
