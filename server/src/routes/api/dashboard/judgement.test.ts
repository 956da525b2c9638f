import type { Knex } from 'knex';
import { loginAs } from '../../../test/accounts';
import { createTestApp, type TestApp } from '../../../test/test-app';

const PLAN = 'psm-2021-2023';
/** A strategy of the plan with no indicators of its own in the seed. */
const STRATEGY = '1.2';

type Values = Record<string, Array<[string, number, boolean?]>>;

/** An indicator of the test's own, linked to the strategy, with these values by territory code ([period, value, break]). */
async function indicator(db: Knex, code: string, polarity: string, position: number, values: Values): Promise<void> {
  const [row] = await db('indicators').insert({ code, name: `Test ${code}`, source: 'ente', polarity, kind: 'structured', frequency: 'annual', status: 'published' }).returning('id');
  const strategy = await db('strategies as s').join('plans as p', 'p.id', 's.plan_id').where({ 'p.code': PLAN, 's.code': STRATEGY }).first('s.id');
  await db('indicator_strategies').insert({ indicator_id: row.id, strategy_id: strategy.id, position });
  for (const [territory, points] of Object.entries(values)) {
    const { id } = await db('territories').where({ code: territory }).first('id');
    await db('observations').insert(
      points.map(([period, value, brk]) => ({ indicator_id: row.id, territory_id: id, period, period_start: `${period}-01-01`, value, break_in_series: !!brk })),
    );
  }
}

describe('honest judgements on the dashboard cards', () => {
  let t: TestApp;
  type Card = { code: string; series: Array<Record<string, unknown>>; comparisons: unknown[]; disagreement: unknown };
  let cards: Map<string, Card>;
  beforeAll(async () => {
    t = await createTestApp();
    await indicator(t.db, 'TEST_BREAK_LATEST', 'higher_better', 1, { ITC11: [['2022', 10], ['2023', 15, true]] });
    await indicator(t.db, 'TEST_BREAK_BEFORE', 'higher_better', 2, {
      ITC11: [['2019', 10], ['2020', 11], ['2021', 20, true], ['2022', 21], ['2023', 23]],
      ITC1: [['2021', 18], ['2022', 19.5]],
    });
    await indicator(t.db, 'TEST_AWAY', 'lower_better', 3, { ITC11: [['2015', 10], ['2020', 14], ['2022', 16], ['2023', 15]] });
    const analyst = await loginAs(t, 'analyst');
    await analyst.agent
      .post('/api/indicators/TEST_AWAY/targets')
      .set(analyst.csrf)
      .send({ territory: 'ITC11', period: '2026', value: 8, plan: PLAN, sourceUrl: 'https://example.org/traguardi' })
      .expect(201);
    const res = await t.api.get(`/api/plans/${PLAN}/strategies/${STRATEGY}/dashboard`).expect(200);
    cards = new Map(res.body.indicators.map((c: Card) => [c.code, c]));
  });
  afterAll(() => t.destroy());

  it('computes no change when the latest value starts a new series, and says which period broke it', () => {
    const torino = cards.get('TEST_BREAK_LATEST')!.series[0]!;
    expect(torino.change).toEqual({ notComputed: 'break', period: '2023' });
    expect(torino.changeFromPrevious).toBeNull();
    expect(torino.changeFromFirst).toBeNull();
    expect(torino.direction).toBe('unknown');
  });

  it('judges the latest change after a break but never the change across it', () => {
    const torino = cards.get('TEST_BREAK_BEFORE')!.series[0]!;
    expect(torino.change).toEqual({ from: '2022', to: '2023', absolute: 2, percent: expect.closeTo(9.5238, 3), judgement: 'improving' });
    expect(torino.changeFromFirst).toBeNull();
  });

  it('states each territory with its own period, compares on the latest common period and says when a territory has no data', () => {
    expect(cards.get('TEST_BREAK_BEFORE')!.comparisons).toEqual([
      { territory: { code: 'ITC1', name: 'Piemonte', level: 'regione' }, latest: { period: '2022', value: 19.5 }, common: { period: '2022', focusValue: 21, value: 19.5 } },
      { territory: { code: 'IT', name: 'Italia', level: 'stato' }, noData: true },
    ]);
    // A comparison territory with no values at all is still on the card, saying so.
    expect(cards.get('TEST_AWAY')!.comparisons).toEqual([
      { territory: expect.objectContaining({ code: 'ITC1' }), noData: true },
      { territory: expect.objectContaining({ code: 'IT' }), noData: true },
    ]);
  });

  it('explains a latest change that disagrees with the progress towards the target', () => {
    const away = cards.get('TEST_AWAY')!;
    expect(away.series[0]!.direction).toBe('improving');
    expect(away.disagreement).toEqual({ lastChange: 'improving', status: 'moving_away', since: 2015 });
    expect(cards.get('TEST_BREAK_BEFORE')!.disagreement).toBeNull();
  });

  it('never puts an import file name or path in the public dashboard', async () => {
    const body = JSON.stringify((await t.api.get('/api/plans/psm-2024-2026/strategies/2.1/dashboard').expect(200)).body);
    expect(body).not.toMatch(/\.(csv|xlsx|json|ya?ml)\b|seeds\/|fileName|file_name/i);
  });
});
