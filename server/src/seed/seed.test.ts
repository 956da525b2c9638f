import fs from 'node:fs';
import path from 'node:path';
import { createTestDb, type TestDb } from '../test/test-db';
import { seedDatabase } from './seed';
import { SEEDS_DIR } from './seed-files';

type Edition = {
  assi: { code: string }[];
  strategie_verified: { code: string; name: string }[];
  azioni_verified: { code: string; title?: string; opening?: string }[];
  declared_counts: { assi: number; strategie: number; azioni: number };
};
const structure = JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, 'plan/psm-structure.json'), 'utf8')) as Record<string, Edition>;

describe('seed data', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.destroy());

  const count = async (table: string, where: Record<string, unknown> = {}) =>
    Number(((await t.db(table).where(where).count({ n: '*' }).first()) as { n: number }).n);

  it('has the 312 comuni of the ISTAT list, the 6 suppressed codes, the 11 zone omogenee and the upper levels', async () => {
    const active = await t.db('territories').where({ level: 'comune' }).whereRaw(`coalesce((attributes->>'suppressed')::boolean, false) = false`).count({ n: '*' }).first();
    expect(Number((active as { n: number }).n)).toBe(312);
    expect(await count('territories', { level: 'comune' })).toBe(318);
    expect(await count('territories', { level: 'zona_omogenea' })).toBe(11);
    const metro = await t.db('territories').where({ code: 'ITC11' }).first();
    expect(metro).toMatchObject({ level: 'citta_metropolitana', istat_code: '201', uts_code: '201', nuts_code: 'ITC11' });
    expect(metro.attributes.province_code).toBe('001');
    expect(await t.db('territories').whereIn('code', ['ITC1', 'IT']).pluck('level')).toEqual(expect.arrayContaining(['regione', 'stato']));
    const torino = await t.db('territories').where({ code: '001272' }).first();
    expect(torino).toMatchObject({ name: 'Torino', cadastral_code: 'L219' });
  });

  it('keeps the zone memberships the sources state, with the dates they give', async () => {
    const rows = await t.db('territory_memberships as m')
      .join('territories as c', 'c.id', 'm.child_id')
      .join('territories as z', 'z.id', 'm.parent_id')
      .where('z.level', 'zona_omogenea')
      .select('c.name', 'z.code', 'm.valid_from');
    expect(rows).toHaveLength(78);
    expect(rows.filter((r) => r.code === 'ITC11-ZO10')).toHaveLength(24);
    expect(rows.find((r) => r.name === 'Mappano')).toMatchObject({ code: 'ITC11-ZO04', valid_from: '2021-08-04' });
  });

  it.each([
    ['psm-2021-2023', 'psm_2021_2023'],
    ['psm-2024-2026', 'psm_2024_2026'],
  ])('loads every verified entry of %s and its declared totals', async (code, key) => {
    const ed = structure[key]!;
    const plan = await t.db('plans').where({ code }).first();
    expect(plan).toMatchObject({
      declared_axes: ed.declared_counts.assi,
      declared_strategies: ed.declared_counts.strategie,
      declared_actions: ed.declared_counts.azioni,
    });
    expect((await t.db('axes').where({ plan_id: plan.id }).pluck('code')).sort()).toEqual(ed.assi.map((a) => a.code).sort());
    const strategies = await t.db('strategies').where({ plan_id: plan.id }).select('code', 'title').orderBy('code');
    expect(strategies).toEqual(ed.strategie_verified.map((s) => ({ code: s.code, title: s.name })).sort((a, b) => a.code.localeCompare(b.code)));
    const actions = await t.db('actions').where({ plan_id: plan.id }).select('code', 'title').orderBy('code');
    expect(actions).toEqual(
      ed.azioni_verified.map((a) => ({ code: a.code, title: a.title ?? a.opening })).sort((a, b) => a.code.localeCompare(b.code)),
    );
  });

  it('loads each series file as an import batch with its checksum, every value traceable to its line', async () => {
    const batches = await t.db('import_batches').select('file_name', 'checksum', 'rows_inserted').orderBy('file_name');
    expect(batches.map((b) => b.file_name)).toEqual([
      'seeds/series/bes_territori_provincia_torino_excerpt.divarioitalia.csv',
      'seeds/series/bes_territori_regione_piemonte_2015_2024.divarioitalia.csv',
      'seeds/series/eurostat_tsv_nama_10r_3gdp_excerpt_IT_ITC1.tsv',
      'seeds/series/istat_prov_torino_piemonte_excerpt.divarioitalia.csv',
      'seeds/series/movimprese_torino_compiled_from_press.csv',
    ]);
    for (const b of batches) expect(b.checksum).toMatch(/^[0-9a-f]{64}$/);
    // Every line of the Torino BES excerpt is loaded: 57 values.
    expect(batches[0]!.rows_inserted).toBe(57);
    const lines = fs.readFileSync(path.join(SEEDS_DIR, 'series/bes_territori_provincia_torino_excerpt.divarioitalia.csv'), 'latin1').split('\n');
    const obs = await t.db('observations as o')
      .join('indicators as i', 'i.id', 'o.indicator_id')
      .join('import_batches as b', 'b.id', 'o.import_batch_id')
      .where('b.file_name', 'like', '%provincia_torino%')
      .select('i.source_code', 'o.period', 'o.value', 'o.source_row');
    for (const o of obs) {
      const cells = lines[o.source_row - 1]!.split(';');
      expect([cells[0], cells[7], Number(cells[9]!.replace(',', '.'))]).toEqual([o.source_code, o.period, o.value]);
    }
  });

  it('reads Eurostat flags and leaves out the non-comparable Piemonte PM10 series', async () => {
    const gdp = await t.db('observations as o')
      .join('indicators as i', 'i.id', 'o.indicator_id')
      .join('territories as t', 't.id', 'o.territory_id')
      .where({ 'i.code': 'EUROSTAT_GDP_EUR_HAB', 't.code': 'ITC11' })
      .select('o.period', 'o.value', 'o.provisional')
      .orderBy('o.period');
    expect(gdp.map((g) => g.period)).toEqual(Array.from({ length: 22 }, (_, i) => String(2000 + i)));
    const pm10Piemonte = await t.db('observations as o')
      .join('indicators as i', 'i.id', 'o.indicator_id')
      .join('territories as t', 't.id', 'o.territory_id')
      .where({ 'i.code': 'BES_10AMB001P', 't.code': 'ITC1' })
      .count({ n: '*' })
      .first();
    expect(Number((pm10Piemonte as { n: number }).n)).toBe(0);
  });

  it('marks every indicator-strategy link of the seed as a demonstration', async () => {
    const links = await t.db('indicator_strategies').select('demonstration');
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.demonstration === true)).toBe(true);
  });

  it('does not load twice', async () => {
    expect(await seedDatabase(t.db)).toEqual({ seeded: false, reason: 'the database already holds data' });
    expect(await count('plans')).toBe(2);
  });
});
