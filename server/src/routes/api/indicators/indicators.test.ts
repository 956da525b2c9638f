import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';

describe('indicators API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  it('lists indicators with metadata, filtered by source, paginated', async () => {
    const all = await t.api.get('/api/indicators').expect(200);
    expect(all.body).toMatchObject({ page: 1, pageSize: 50, total: 24 });
    const bes = await t.api.get('/api/indicators?source=bes&pageSize=3&page=2').expect(200);
    expect(bes.body).toMatchObject({ total: 8, page: 2, pageSize: 3 });
    expect(bes.body.items.map((i: { code: string }) => i.code)).toEqual(['BES_03LAV001-N22', 'BES_10AMB001P', 'BES_10AMB017']);
    for (const i of all.body.items) {
      expect(i.unit).toBeTruthy();
      // The publisher's page, or nothing where the seed states none (BES): never a file.
      if (i.source === 'bes') expect(i.sourceUrl).toBeNull();
      else expect(i.sourceUrl).toMatch(/^https?:\/\//);
      expect(i.sourceUrl ?? '').not.toMatch(/\.(csv|tsv|xlsx)$/);
      expect(i.licence).toBeTruthy();
      expect(['higher_better', 'lower_better', 'neutral']).toContain(i.polarity);
    }
  });

  it('filters by strategy (and plan) and by text', async () => {
    const s = await t.api.get('/api/indicators?plan=psm-2021-2023&strategy=1.3').expect(200);
    expect(s.body.items.map((i: { code: string }) => i.code)).toEqual(['MOV_IMPRESE_REGISTRATE', 'MOV_ISCRIZIONI', 'MOV_TASSO_DI_CRESCITA']);
    expect(s.body.items[0].strategies).toEqual([
      expect.objectContaining({ plan: 'psm-2021-2023', strategy: '1.3', demonstration: true }),
    ]);
    const q = await t.api.get('/api/indicators?q=neet').expect(200);
    expect(q.body.items.map((i: { code: string }) => i.code)).toEqual(['BES_02IST006-N22']);
  });

  it('shows one indicator with coverage and the files its values came from', async () => {
    const res = await t.api.get('/api/indicators/EUROSTAT_GDP_EUR_HAB').expect(200);
    expect(res.body).toMatchObject({ name: 'PIL per abitante (euro, prezzi correnti)', source: 'eurostat', sourceDataset: 'nama_10r_3gdp' });
    expect(res.body.coverage).toEqual([
      { territory: { code: 'IT', name: 'Italia', level: 'stato' }, observations: 23, firstPeriod: '2000', lastPeriod: '2022' },
      { territory: { code: 'ITC1', name: 'Piemonte', level: 'regione' }, observations: 23, firstPeriod: '2000', lastPeriod: '2022' },
      { territory: { code: 'ITC11', name: 'Città metropolitana di Torino', level: 'citta_metropolitana' }, observations: 22, firstPeriod: '2000', lastPeriod: '2021' },
    ]);
    // The seed holds no target: none is published in the data we have.
    expect(res.body.targets).toEqual([]);
    expect(res.body.batches).toEqual([
      expect.objectContaining({ format: 'eurostat_tsv', observations: 68 }),
    ]);
    // The public detail names no file: the back-office's import pages do.
    expect(res.body.batches[0].fileName).toBeUndefined();
    expect(res.body.loadedAt).toBe(res.body.batches[0].createdAt);
  });

  it('rejects bad parameters by name and unknown codes with 404', async () => {
    const bad = await t.api.get('/api/indicators?source=wikipedia&pageSize=0');
    expect(problem(bad, 400).errors!.map((e) => e.name).sort()).toEqual(['pageSize', 'source']);
    await t.api.get('/api/indicators?strategy=x').expect(400);
    const nf = await t.api.get('/api/indicators/NOPE');
    expect(problem(nf, 404).detail).toBe('Indicator "NOPE" does not exist.');
  });
});
