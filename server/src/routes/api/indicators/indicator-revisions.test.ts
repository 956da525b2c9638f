import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { revisionsSince } from '../../../indicators/revisions';
import { runImport } from '../../../imports/pipeline/run-import';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';

/** The seed loads this real BES file (Città metropolitana di Torino, ITC11): 2020 56, 2021 60.8, 2022 68.7, 2024 82.9. */
const URL = '/api/indicators/BES_12SER020/revisions';

type Vintage = { value: number; provisional: boolean; importBatchId: number | null; format: string | null; recordedAt: string };
type Item = { territory: string; period: string; previous: Vintage; current: Vintage; changes: string[]; revisions: number };
const brief = (items: Item[]) => items.map((i) => `${i.territory} ${i.period}: ${i.previous.value} → ${i.current.value} (${i.changes.join(',')}, ${i.revisions})`);

describe('revisions of an indicator (values changed by a later import)', () => {
  let t: TestApp;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'revisions-'));
  /** Commits a tidy file of BES_12SER020 values for ITC11, as an analyst's import would. */
  const commit = async (name: string, ...rows: string[]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, ['indicatore;territorio;anno;valore;flag', ...rows.map((r) => `BES_12SER020;ITC11;${r}`)].join('\n') + '\n');
    const report = await runImport(t.db, file, {}, { mode: 'commit', actor: 'test' });
    expect(report.status).toBe('committed');
    return report.batchId!;
  };
  const current = async (period: string) => {
    const res = await t.api.get('/api/observations?indicator=BES_12SER020&territory=ITC11').expect(200);
    return res.body.items.find((o: { period: string }) => o.period === period) as { value: number; recordedAt: string; importBatchId: number };
  };
  let seeded: { recordedAt: string; importBatchId: number };
  let first: number;
  let firstAt: string;

  beforeAll(async () => {
    t = await createTestApp();
    seeded = await current('2021');
    // 2021 corrected, 2022 now marked provisional with the same value, 2020 the same as published.
    first = await commit('bes-revisione-1.csv', '2020;56;', '2021;61,2;', '2022;68,7;p');
    firstAt = (await current('2021')).recordedAt;
  });
  afterAll(async () => {
    await t.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lists each revised point: old → new value, the batches and how they were loaded, and when it was revised', async () => {
    const res = await t.api.get(`${URL}?territory=ITC11`).expect(200);
    expect(res.body).toMatchObject({ indicator: 'BES_12SER020', unit: '%', since: null, asOf: null, total: 2 });
    expect(brief(res.body.items)).toEqual(['ITC11 2021: 60.8 → 61.2 (value, 1)', 'ITC11 2022: 68.7 → 68.7 (provisional, 1)']);
    expect(res.body.items[0]).toMatchObject({
      territoryName: 'Città metropolitana di Torino',
      previous: { value: 60.8, importBatchId: seeded.importBatchId, format: 'bes', recordedAt: seeded.recordedAt, provisional: false },
      current: { value: 61.2, importBatchId: first, format: 'tidy-csv', recordedAt: firstAt, provisional: false },
    });
    // How each value was loaded, never a file's name or a path of the server (the seed's were seeds/series/…).
    expect(JSON.stringify(res.body)).not.toMatch(/fileName|\.csv|seeds\//);
    expect(res.body.items[1].current).toMatchObject({ provisional: true, importBatchId: first });
    // Without a territory: every territory of the indicator, and only ITC11 was revised.
    const all = await t.api.get(URL).expect(200);
    expect(all.body.items.map((i: Item) => i.territory)).toEqual(['ITC11', 'ITC11']);
  });

  it('answers a report pinned before the revision (revisionsSince), and nothing for one pinned after', async () => {
    const before = await revisionsSince(t.db, { indicator: 'BES_12SER020', territories: ['ITC11'], since: seeded.recordedAt });
    expect(brief(before.items as Item[])).toEqual(['ITC11 2021: 60.8 → 61.2 (value, 1)', 'ITC11 2022: 68.7 → 68.7 (provisional, 1)']);
    expect(before.since).toBe(seeded.recordedAt);
    const after = await revisionsSince(t.db, { indicator: 'BES_12SER020', since: firstAt });
    expect(after.items).toEqual([]);
    const viaHttp = await t.api.get(`${URL}?territory=ITC11&since=${encodeURIComponent(firstAt)}`).expect(200);
    expect(viaHttp.body.items).toEqual([]);
  });

  describe('after a second revision', () => {
    let second: number;
    beforeAll(async () => {
      second = await commit('bes-revisione-2.csv', '2021;61,5;');
    });

    it('compares with the first value published, counting the revisions in between', async () => {
      const res = await t.api.get(`${URL}?territory=ITC11`).expect(200);
      expect(brief(res.body.items)).toEqual(['ITC11 2021: 60.8 → 61.5 (value, 2)', 'ITC11 2022: 68.7 → 68.7 (provisional, 1)']);
      expect(res.body.items[0].current).toMatchObject({ importBatchId: second, format: 'tidy-csv' });
    });

    it('since: only what changed after that moment, from the value current then', async () => {
      const res = await t.api.get(`${URL}?territory=ITC11&since=${encodeURIComponent(firstAt)}`).expect(200);
      expect(brief(res.body.items)).toEqual(['ITC11 2021: 61.2 → 61.5 (value, 1)']);
      expect(res.body.items[0].previous).toMatchObject({ importBatchId: first, format: 'tidy-csv', recordedAt: firstAt });
    });

    it('asOf: the revisions as they stood at that moment', async () => {
      const res = await t.api.get(`${URL}?territory=ITC11&asOf=${encodeURIComponent(firstAt)}`).expect(200);
      expect(brief(res.body.items)).toEqual(['ITC11 2021: 60.8 → 61.2 (value, 1)', 'ITC11 2022: 68.7 → 68.7 (provisional, 1)']);
      expect(res.body.asOf).toBe(firstAt);
    });
  });

  it('names the wrong parameter (400) and the unknown code (404)', async () => {
    const bad = await t.api.get(`${URL}?since=yesterday`);
    expect(problem(bad, 400).errors).toEqual([{ name: 'since', message: expect.stringContaining('must be a date') }]);
    const reversed = await t.api.get(`${URL}?since=2025-06-01&asOf=2025-01-01`);
    expect(problem(reversed, 400).errors).toEqual([{ name: 'since', message: 'since must not be after asOf' }]);
    await t.api.get(`${URL}?since=9999-12-31&asOf=9999-12-31`).expect(200);
    const asOf = await t.api.get(`${URL}?asOf=2025-02-30`);
    expect(problem(asOf, 400).errors![0]!.name).toBe('asOf');
    const territory = await t.api.get(`${URL}?territory=ZZZ`);
    expect(problem(territory, 404).detail).toBe('Territory "ZZZ" does not exist.');
    const indicator = await t.api.get('/api/indicators/NOPE/revisions');
    expect(problem(indicator, 404).detail).toBe('Indicator "NOPE" does not exist.');
  });
});
