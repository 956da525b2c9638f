import { loginAs } from '../../../test/accounts';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';

const PLAN = 'psm-2024-2026';
const src = 'https://example.org/psm/traguardi';
const zero = { reached: 0, on_track: 0, moderate: 0, insufficient: 0, moving_away: 0, not_computable: 0 };

/**
 * Progress towards targets on the public reads, hand-computed on the test data (Torino, ITC11):
 * PM10 (lower is better) 43 in 2015 → 35 in 2023; separate waste collection (higher is better) 51.4 → 64.1.
 */
describe('progress towards targets (API)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  it('shows no target and zero counts while the plan has none', async () => {
    const res = await t.api.get(`/api/plans/${PLAN}/progress`).expect(200);
    expect(res.body.plan).toEqual({ code: PLAN, counts: zero });
    expect(res.body.method).toEqual({ thresholds: { onTrack: 0.95, moderate: 0.6 }, baseYear: null });
    const card = (await t.api.get(`/api/plans/${PLAN}/strategies/2.1/dashboard`).expect(200)).body.indicators[0];
    expect(card.target).toBeNull();
  });

  it('computes the status of each target on the indicator page, on the cards and in the roll-up', async () => {
    const analyst = await loginAs(t, 'analyst');
    const post = (code: string, body: object) => analyst.agent.post(`/api/indicators/${code}/targets`).set(analyst.csrf).send({ territory: 'ITC11', sourceUrl: src, plan: PLAN, ...body });
    // PM10: −2.54 %/year observed ((35/43)^(1/8) − 1) against −6.72 %/year needed for 20 in 2026 ((20/43)^(1/11) − 1): ratio 0.38.
    const pm10 = await post('BES_10AMB001P', { period: '2026', value: 20 }).expect(201);
    expect(pm10.body.progress).toMatchObject({
      status: 'insufficient',
      rateKind: 'cagr',
      baseYear: 2015,
      baseValue: 43,
      latestYear: 2023,
      latestValue: 35,
      targetYear: 2026,
      targetValue: 20,
    });
    expect(pm10.body.progress.actualRate).toBeCloseTo(-0.025403, 5);
    expect(pm10.body.progress.requiredRate).toBeCloseTo(-0.067222, 5);
    // Waste: +2.80 %/year observed against +2.16 %/year needed for 65 in 2026: on track. 90 by 2030 (+3.8 %/year needed: ratio 0.74, moderate) is not the headline.
    await post('BES_10AMB017', { period: '2026', value: 65 }).expect(201);
    await post('BES_10AMB017', { period: '2030', value: 90 }).expect(201);
    // A target of no plan, already reached (64.1 ≥ 60), shows on the indicator page only.
    await post('BES_10AMB017', { period: '2025', value: 60, plan: null }).expect(201);

    const detail = (await t.api.get('/api/indicators/BES_10AMB017').expect(200)).body;
    expect(detail.targets.map((g: { plan: string | null; period: string; progress: { status: string } }) => `${g.plan} ${g.period} ${g.progress.status}`)).toEqual([
      'null 2025 reached',
      `${PLAN} 2026 on_track`,
      `${PLAN} 2030 moderate`,
    ]);
    expect(detail.targets[1].progress.actualRate).toBeCloseTo(0.027985, 5);
    expect(detail.targets[1].progress.requiredRate).toBeCloseTo(0.02157, 5);

    const cards = (await t.api.get(`/api/plans/${PLAN}/strategies/2.1/dashboard`).expect(200)).body.indicators;
    expect(cards.map((c: { code: string; target: { period: string; progress: { status: string } } }) => `${c.code} ${c.target.period} ${c.target.progress.status}`)).toEqual([
      'BES_10AMB001P 2026 insufficient',
      'BES_10AMB017 2026 on_track',
    ]);

    const rollup = (await t.api.get(`/api/plans/${PLAN}/progress`).expect(200)).body;
    expect(rollup.plan.counts).toEqual({ ...zero, on_track: 1, insufficient: 1 });
    expect(rollup.axes.find((a: { code: string }) => a.code === '2').counts).toEqual({ ...zero, on_track: 1, insufficient: 1 });
    expect(rollup.axes.find((a: { code: string }) => a.code === '1').counts).toEqual(zero);
    expect(rollup.strategies.find((s: { code: string }) => s.code === '2.1')).toEqual({ code: '2.1', axis: '2', counts: { ...zero, on_track: 1, insufficient: 1 } });
  });

  it('never compares across a break in series', async () => {
    // A break flagged on 2022: base 40 (2022), latest 35 (2023): −12.5 %/year against −15.9 %/year needed ((20/40)^(1/4) − 1): ratio 0.79.
    const pm10 = await t.db('indicators').where({ code: 'BES_10AMB001P' }).first();
    const torino = await t.db('territories').where({ code: 'ITC11' }).first();
    await t.db('observations').where({ indicator_id: pm10.id, territory_id: torino.id, period: '2022' }).whereNull('superseded_at').update({ break_in_series: true });
    const card = (await t.api.get(`/api/plans/${PLAN}/strategies/2.1/dashboard?territories=ITC11`).expect(200)).body.indicators[0];
    expect(card.target.progress).toMatchObject({ status: 'moderate', baseYear: 2022, baseValue: 40, latestYear: 2023, actualRate: -0.125 });
    expect(card.target.progress.requiredRate).toBeCloseTo(-0.159104, 5);
  });

  it('serves the method in force, and 404 for an unknown plan', async () => {
    expect((await t.api.get('/api/progress-method').expect(200)).body).toEqual({ thresholds: { onTrack: 0.95, moderate: 0.6 }, baseYear: null });
    problem(await t.api.get('/api/plans/psm-1999-2001/progress'), 404);
  });
});
