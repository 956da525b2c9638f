import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';

describe('strategy dashboard API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  it('gives every linked indicator with its series for Torino, Piemonte and Italia in one response', async () => {
    const res = await t.api.get('/api/plans/psm-2024-2026/strategies/2.1/dashboard').expect(200);
    const body = res.body;
    expect(body.strategy).toMatchObject({ code: '2.1', title: 'Costruire e infrastrutturare la metropoli verde' });
    expect(body.axis).toMatchObject({ code: '2', title: 'Torino metropoli più verde ed ecologica' });
    expect(body.territories.map((x: { code: string; role: string }) => `${x.code}:${x.role}`)).toEqual(['ITC11:focus', 'ITC1:comparison', 'IT:comparison']);
    expect(body.indicators.map((i: { code: string }) => i.code)).toEqual(['BES_10AMB001P', 'BES_10AMB017']);

    // PM10 Torino (BES file): 2022 = 40, 2023 = 35, first 2015 = 43; lower is better.
    const pm10 = body.indicators[0];
    expect(pm10).toMatchObject({ unit: 'µg/m³', polarity: 'lower_better', source: 'bes', demonstration: true });
    expect(pm10.series.map((s: { territory: { code: string } }) => s.territory.code)).toEqual(['ITC11']);
    const torino = pm10.series[0];
    expect(torino.points).toHaveLength(9);
    expect(torino.latest).toMatchObject({ period: '2023', value: 35 });
    expect(torino.changeFromPrevious).toEqual({ from: '2022', absolute: -5, percent: -12.5 });
    expect(torino.changeFromFirst).toEqual({ from: '2015', absolute: -8, percent: expect.closeTo(-18.6047, 3) });
    expect(torino.direction).toBe('improving');

    // Separate waste collection: Torino 2023 = 64.1 (2022 = 62), Piemonte 2023 = 67.9; 2019 is missing for Torino.
    const waste = body.indicators[1];
    const [wTo, wPi] = waste.series;
    expect(wTo.latest.value).toBe(64.1);
    expect(wTo.changeFromPrevious.absolute).toBeCloseTo(2.1, 6);
    expect(wTo.direction).toBe('improving');
    expect(wTo.points.map((p: { period: string }) => p.period)).not.toContain('2019');
    expect(wPi.territory.code).toBe('ITC1');
    expect(wPi.latest).toMatchObject({ period: '2023', value: 67.9 });
    expect(body.summary).toEqual({ indicators: 2, improving: 2, worsening: 0, stable: 0, other: 0 });
  });

  it('judges a rise of a lower-is-better indicator as worsening and flags estimated values', async () => {
    const res = await t.api.get('/api/plans/psm-2024-2026/strategies/5.1/dashboard').expect(200);
    const unemployment = res.body.indicators.find((i: { code: string }) => i.code === 'ISTATP_DISOCCUPAZIONE');
    const s = unemployment.series[0];
    const delta = s.changeFromPrevious.absolute;
    expect(s.direction).toBe(delta > 0 ? 'worsening' : delta < 0 ? 'improving' : 'stable');
    const life65 = (await t.api.get('/api/plans/psm-2024-2026/strategies/6.1/dashboard')).body.indicators.find(
      (i: { code: string }) => i.code === 'ISTATP_LIFEEXP65',
    );
    expect(life65.series[0].latest).toMatchObject({ period: '2025', estimated: true });
  });

  it('takes the territories to show from the query', async () => {
    const res = await t.api.get('/api/plans/psm-2021-2023/strategies/1.1/dashboard?territories=IT,ITC11').expect(200);
    const gdp = res.body.indicators.find((i: { code: string }) => i.code === 'EUROSTAT_GDP_EUR_HAB');
    expect(gdp.series.map((s: { territory: { code: string } }) => s.territory.code)).toEqual(['IT', 'ITC11']);
    expect(gdp.series[0].points.find((p: { period: string }) => p.period === '2000').value).toBe(21800);
  });

  it('answers an empty dashboard for a strategy with no indicators, 404 for unknown codes, 400 for malformed ones', async () => {
    const empty = await t.api.get('/api/plans/psm-2021-2023/strategies/1.2/dashboard').expect(200);
    expect(empty.body.indicators).toEqual([]);
    const nf = await t.api.get('/api/plans/psm-2021-2023/strategies/9.9/dashboard');
    expect(problem(nf, 404).detail).toBe('Strategy "psm-2021-2023 9.9" does not exist.');
    await t.api.get('/api/plans/psm-2021-2023/strategies/1.1/dashboard?territories=XX9').expect(404);
    const bad = await t.api.get('/api/plans/psm-2021-2023/strategies/abc/dashboard');
    expect(problem(bad, 400).errors).toEqual([{ name: 'code', message: 'must be a strategy code such as 2.1' }]);
  });
});
