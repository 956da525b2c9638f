import { createTestApp, type TestApp } from '../../../test/test-app';

describe('observations API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  it('returns the values of the seed file with their source line', async () => {
    const res = await t.api.get('/api/observations?indicator=BES_12SER020&territory=ITC11').expect(200);
    expect(res.body.items.map((o: { period: string; value: number }) => [o.period, o.value])).toEqual([
      ['2020', 56],
      ['2021', 60.8],
      ['2022', 68.7],
      ['2024', 82.9],
    ]);
    expect(res.body.items[0]).toMatchObject({
      territoryName: 'Città metropolitana di Torino',
      unit: '%',
      sourceFile: 'seeds/series/bes_territori_provincia_torino_excerpt.divarioitalia.csv',
      sourceRow: 55,
    });
  });

  it('filters by period and gives per-row source pages for compiled series', async () => {
    const res = await t.api.get('/api/observations?indicator=MOV_TASSO_DI_CRESCITA&territory=ITC1,IT&from=2014&to=2020').expect(200);
    expect(res.body.items.map((o: { territory: string; period: string }) => `${o.territory} ${o.period}`)).toEqual([
      'IT 2014', 'IT 2016', 'IT 2020', 'ITC1 2014', 'ITC1 2016', 'ITC1 2020',
    ]);
    for (const o of res.body.items) expect(o.sourceUrl).toMatch(/^https?:\/\//);
  });

  it('serves CSV with format=csv or Accept: text/csv', async () => {
    const res = await t.api.get('/api/observations?indicator=EUROSTAT_GDP_EUR_HAB&territory=ITC11&from=2020&format=csv').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="osservazioni_EUROSTAT_GDP_EUR_HAB.csv"/);
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toBe('indicator,territory,territory_name,period,value,unit,provisional,estimated,break_in_series,note,source_file,source_row,source_url');
    expect(lines.slice(1).map((l) => l.split(',').slice(3, 5).join(','))).toEqual(['2020,30800', '2021,34300']);
    const viaAccept = await t.api.get('/api/observations?indicator=EUROSTAT_GDP_EUR_HAB&territory=ITC11&from=2020').set('Accept', 'text/csv').expect(200);
    expect(viaAccept.text).toBe(res.text);
    const json = await t.api.get('/api/observations?indicator=EUROSTAT_GDP_EUR_HAB&territory=ITC11&from=2020').expect(200);
    expect(json.headers['content-type']).toMatch(/json/);
  });

  it('names the wrong parameter (400) and the unknown code (404)', async () => {
    const missing = await t.api.get('/api/observations').expect(400);
    expect(JSON.parse(missing.text).errors[0].name).toBe('indicator');
    const range = await t.api.get('/api/observations?indicator=BES_10AMB017&from=2023&to=2015').expect(400);
    expect(JSON.parse(range.text).errors).toEqual([{ name: 'from', message: 'from must not be after to' }]);
    const period = await t.api.get('/api/observations?indicator=BES_10AMB017&from=last-year').expect(400);
    expect(JSON.parse(period.text).errors[0].name).toBe('from');
    const nf = await t.api.get('/api/observations?indicator=BES_10AMB017&territory=ZZZ').expect(404);
    expect(JSON.parse(nf.text).detail).toBe('Territory "ZZZ" does not exist.');
    await t.api.get('/api/observations?indicator=NOPE').expect(404);
  });
});
