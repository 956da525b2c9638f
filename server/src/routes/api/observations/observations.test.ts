import { problem } from '../../../test/problem';
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
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="osservazioni_EUROSTAT_GDP_EUR_HAB_ITC11.csv"/);
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'indicator,territory,territory_name,period,value,unit,provisional,estimated,break_in_series,note,source_file,source_row,source_url,recorded_at,import_batch_id,superseded_at',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(3, 5).join(','))).toEqual(['2020,30800', '2021,34300']);
    const viaAccept = await t.api.get('/api/observations?indicator=EUROSTAT_GDP_EUR_HAB&territory=ITC11&from=2020').set('Accept', 'text/csv').expect(200);
    expect(viaAccept.text).toBe(res.text);
    const json = await t.api.get('/api/observations?indicator=EUROSTAT_GDP_EUR_HAB&territory=ITC11&from=2020').expect(200);
    expect(json.headers['content-type']).toMatch(/json/);
  });

  it('names the wrong parameter (400) and the unknown code (404)', async () => {
    const missing = await t.api.get('/api/observations');
    expect(problem(missing, 400).errors![0]!.name).toBe('indicator');
    const range = await t.api.get('/api/observations?indicator=BES_10AMB017&from=2023&to=2015');
    expect(problem(range, 400).errors).toEqual([{ name: 'from', message: 'from must not be after to' }]);
    const period = await t.api.get('/api/observations?indicator=BES_10AMB017&from=last-year');
    expect(problem(period, 400).errors![0]!.name).toBe('from');
    const nf = await t.api.get('/api/observations?indicator=BES_10AMB017&territory=ZZZ');
    expect(problem(nf, 404).detail).toBe('Territory "ZZZ" does not exist.');
    await t.api.get('/api/observations?indicator=NOPE').expect(404);
  });

  describe('vintages', () => {
    // A value recorded in March, revised by a later import on 24 November at a moment with microseconds.
    const FIRST = '2025-03-01T09:00:00.000000Z';
    const REVISED = '2025-11-24T10:30:00.123456Z';
    const url = (extra = '') => `/api/observations?indicator=TEST_REVISED&territory=ITC11${extra}`;
    const values = (body: { items: { value: number }[] }) => body.items.map((o) => o.value);
    let firstBatch: number;
    let revisionBatch: number;

    beforeAll(async () => {
      const [indicator] = await t.db('indicators').insert({ code: 'TEST_REVISED', name: 'Revised series', unit: '%', source: 'other', status: 'published' }).returning('id');
      const territory = await t.db('territories').where({ code: 'ITC11' }).first('id');
      const batch = (fileName: string, createdAt: string) =>
        t.db('import_batches').insert({ file_name: fileName, format: 'csv', checksum: fileName, created_at: createdAt }).returning('id');
      [{ id: firstBatch }] = await batch('first.csv', FIRST);
      [{ id: revisionBatch }] = await batch('revision.csv', REVISED);
      const row = { indicator_id: indicator.id, territory_id: territory.id, period: '2023', period_start: '2023-01-01' };
      await t.db('observations').insert([
        { ...row, value: 10, source_row: 2, import_batch_id: firstBatch, recorded_at: FIRST, superseded_at: REVISED, superseded_by_batch_id: revisionBatch },
        { ...row, value: 12, source_row: 7, import_batch_id: revisionBatch, recorded_at: REVISED },
      ]);
    });

    it('gives the current value, with when and by which import it was recorded', async () => {
      const res = await t.api.get(url()).expect(200);
      expect(res.body.items).toEqual([
        expect.objectContaining({ period: '2023', value: 12, sourceFile: 'revision.csv', recordedAt: REVISED, importBatchId: revisionBatch, supersededAt: null }),
      ]);
    });

    it('gives the value published at asOf: a date is the end of that day, a timestamp that instant', async () => {
      const old = await t.api.get(url('&asOf=2025-11-23')).expect(200);
      expect(old.body.items).toEqual([
        expect.objectContaining({ value: 10, sourceFile: 'first.csv', recordedAt: FIRST, importBatchId: firstBatch, supersededAt: REVISED }),
      ]);
      expect(values((await t.api.get(url('&asOf=2025-11-24')).expect(200)).body)).toEqual([12]);
      expect(values((await t.api.get(url('&asOf=2025-11-24T10:30:00.123455Z')).expect(200)).body)).toEqual([10]);
      // recordedAt given back as asOf finds that very vintage; an offset names the same instant.
      expect(values((await t.api.get(url(`&asOf=${REVISED}`)).expect(200)).body)).toEqual([12]);
      expect(values((await t.api.get(url('&asOf=2025-11-24T11:30:00.123456%2B01:00')).expect(200)).body)).toEqual([12]);
      expect(values((await t.api.get(url('&asOf=2099-01-01')).expect(200)).body)).toEqual([12]);
    });

    it('has no row before the first recording', async () => {
      const res = await t.api.get(url('&asOf=2025-02-28')).expect(200);
      expect(res.body).toMatchObject({ items: [], total: 0 });
      expect(values((await t.api.get(url('&asOf=2025-03-01T08:59:59Z')).expect(200)).body)).toEqual([]);
      expect(values((await t.api.get(url('&asOf=2025-03-01T09:00:00Z')).expect(200)).body)).toEqual([10]);
    });

    it('lists every vintage, oldest first, with vintages=all', async () => {
      const res = await t.api.get(url('&vintages=all')).expect(200);
      expect(res.body.items.map((o: { value: number; recordedAt: string; supersededAt: string | null }) => [o.value, o.recordedAt, o.supersededAt])).toEqual([
        [10, FIRST, REVISED],
        [12, REVISED, null],
      ]);
    });

    it('names asOf or vintages when they are wrong (400)', async () => {
      for (const bad of ['last-year', '2025-02-30', '2025-11-24T10:30:00', '24/11/2025']) {
        const res = await t.api.get(url(`&asOf=${encodeURIComponent(bad)}`));
        expect(problem(res, 400).errors).toEqual([{ name: 'asOf', message: expect.stringContaining('must be a date') }]);
      }
      const both = await t.api.get(url('&vintages=all&asOf=2025-11-23'));
      expect(problem(both, 400).errors![0]!.name).toBe('vintages');
      const some = await t.api.get(url('&vintages=some'));
      expect(problem(some, 400).errors![0]!.name).toBe('vintages');
    });

    it('puts the vintage columns in the CSV', async () => {
      const res = await t.api.get(url('&vintages=all&format=csv')).expect(200);
      const [header, ...rows] = res.text.trim().split('\r\n').map((l) => l.split(','));
      expect(header!.slice(-3)).toEqual(['recorded_at', 'import_batch_id', 'superseded_at']);
      expect(rows.map((r) => [r[4], ...r.slice(-3)])).toEqual([
        ['10', FIRST, String(firstBatch), REVISED],
        ['12', REVISED, String(revisionBatch), ''],
      ]);
    });
  });

  it('neutralises a note that would be a formula in the CSV and keeps negative values as numbers', async () => {
    const [indicator] = await t.db('indicators').insert({ code: 'TEST_FORMULA', name: 'Formula note', unit: '%', source: 'other', status: 'published' }).returning('id');
    const territory = await t.db('territories').where({ code: 'ITC11' }).first('id');
    const row = { indicator_id: indicator.id, territory_id: territory.id };
    await t.db('observations').insert([
      { ...row, period: '2022', period_start: '2022-01-01', value: -3.5, note: '=1+1' },
      { ...row, period: '2023', period_start: '2023-01-01', value: -12, note: '@SUM(A1:A9)' },
    ]);
    const res = await t.api.get('/api/observations?indicator=TEST_FORMULA&territory=ITC11&format=csv').expect(200);
    const rows = res.text.trim().split('\r\n').slice(1).map((l) => l.split(','));
    expect(rows.map((r) => [r[3], r[4], r[9]])).toEqual([
      ['2022', '-3.5', "'=1+1"],
      ['2023', '-12', "'@SUM(A1:A9)"],
    ]);
  });
});
