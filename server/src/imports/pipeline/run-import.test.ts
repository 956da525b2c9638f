import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { createTestDb, tableCounts, type TestDb } from '../../test/test-db';
import { sharedFile, slowJsonStat } from '../readers/test-utils';
import type { ImportOptions } from './options';
import { rollbackBatch } from './rollback';
import { runImport } from './run-import';

const TSV = sharedFile('series/eurostat_tsv_nama_10r_3gdp_excerpt_IT_ITC1.tsv');
const SDMX_CSV = sharedFile('formats/istat_sdmx_csv_41_983_incidenti_comuni.csv');
const SDMX_ML = sharedFile('formats/eurostat_sdmxml21_genericdata_cdh_e_fos.xml');
const SDMX_STRUCTURE = sharedFile('formats/istat_sdmxml21_structure_DSD_DCIS_INCIDMORFER_COM.xml');
const HEADER = 'indicatore;territorio;anno;valore;flag';

let t: TestDb;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'run-import-'));
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

const commit = (file: string, options: ImportOptions = {}) => runImport(t.db, file, options, { mode: 'commit', actor: 'test' });
const preview = (file: string, options: ImportOptions = {}) => runImport(t.db, file, options, { mode: 'preview', actor: 'test' });
const rollback = (id: number | null) => rollbackBatch(t.db, id!, { actor: 'test' });
const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};
const tidy = (name: string, ...rows: string[]) => write(name, `${HEADER}\n${rows.join('\n')}\n`);
/** The real ISTAT SDMX-CSV with its two comuni (Bari, Palermo) replaced by two of ours (Torino, Moncalieri). */
const sdmxCsvText = () => fs.readFileSync(SDMX_CSV, 'utf8').replaceAll(',072006,', ',001272,').replaceAll(',082053,', ',001156,');

type SeriesRow = {
  period: string;
  value: number;
  provisional: boolean;
  sourceFlag: string | null;
  batchId: number;
  supersededBy: number | null;
  superseded: boolean;
};

/** Every row (current and older vintages) of one series, oldest first. */
async function series(indicator: string, territory: string, period?: string): Promise<SeriesRow[]> {
  return t
    .db('observations as o')
    .join('indicators as i', 'i.id', 'o.indicator_id')
    .join('territories as t', 't.id', 'o.territory_id')
    .where({ 'i.code': indicator, 't.code': territory })
    .modify((q) => (period ? q.where('o.period', period) : q))
    .orderBy([{ column: 'o.period' }, { column: 'o.id' }])
    .select(
      'o.period',
      'o.value',
      'o.provisional',
      'o.source_flag as sourceFlag',
      'o.import_batch_id as batchId',
      'o.superseded_by_batch_id as supersededBy',
      t.db.raw('o.superseded_at is not null as superseded'),
    ) as Promise<SeriesRow[]>;
}

describe('Eurostat bulk TSV (real file)', () => {
  const options = { indicator: 'EUROSTAT_GDP_EUR_HAB', filters: { unit: 'EUR_HAB', geo: 'IT,ITC1,ITC11,ITC' } };

  it('without options: invalid, asks for an indicator and a unit filter, names the unknown territories, writes nothing', async () => {
    const before = await tableCounts(t.db);
    const r = await commit(TSV);
    expect(r.status).toBe('invalid');
    expect(r.file.format).toBe('eurostat-tsv');
    // The territories are checked although no indicator is named: one run says everything to fix.
    const unknown = r.errors.filter((e) => e.code === 'territory.unknown').map((e) => e.params!.code);
    expect(unknown).toEqual(expect.arrayContaining(['AL', 'AL0', 'AL01']));
    expect(unknown).not.toContain('ITC11');
    expect(r.errors.filter((e) => e.code !== 'territory.unknown')).toEqual([
      {
        name: 'indicator',
        code: 'indicator.missing',
        params: { format: 'Eurostat bulk TSV (freq,unit,geo\\TIME_PERIOD)' },
        message: expect.stringContaining('does not say which indicator its values belong to: give one with --indicator CODE'),
      },
      {
        row: 16,
        column: 'unit',
        code: 'dimension.severalValues',
        params: { dimension: 'unit', values: expect.arrayContaining(['EUR_HAB', 'EUR_HAB_EU27_2020', 'MIO_EUR']), more: expect.any(Boolean), suggestion: 'EUR_HAB' },
        message: expect.stringMatching(/^"unit" has several values \(EUR_HAB, EUR_HAB_EU27_2020, MIO_EUR, .*keep one with --filter unit=EUR_HAB\.$/),
      },
    ]);
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('previews, commits, refuses the same import twice and rolls back', async () => {
    const before = await tableCounts(t.db);
    const p = await preview(TSV, options);
    expect(p.status).toBe('previewed');
    expect(p.counts).toEqual({ records: 1840, filteredOut: 1748, missing: 1, valid: 91, inserted: 23, updated: 0, unchanged: 68, errors: 0 });
    expect(p.indicators).toEqual([{ sourceCode: null, code: 'EUROSTAT_GDP_EUR_HAB', name: expect.any(String), created: false, rows: 91 }]);
    expect([p.territories, p.periods]).toEqual([4, { first: '2000', last: '2022' }]);
    expect(await tableCounts(t.db)).toEqual(before);

    const c = await commit(TSV, options);
    expect(c.status).toBe('committed');
    expect(c.counts).toEqual(p.counts);
    // The 23 new values are Nord-ovest (ITC), the seed has the other 68; ITC11 2022 is ":" in the file.
    const itc = await series('EUROSTAT_GDP_EUR_HAB', 'ITC');
    expect(itc).toHaveLength(23);
    expect(itc[0]).toEqual({ period: '2000', value: 26800, provisional: false, sourceFlag: null, batchId: c.batchId, supersededBy: null, superseded: false });
    expect(itc.at(-1)).toMatchObject({ period: '2022', value: 40700, batchId: c.batchId });
    expect(await series('EUROSTAT_GDP_EUR_HAB', 'ITC11', '2022')).toEqual([]);
    const batch = await t.db('import_batches').where({ id: c.batchId }).first();
    expect(batch).toMatchObject({
      status: 'committed',
      file_name: path.basename(TSV),
      format: 'eurostat-tsv',
      source: 'eurostat',
      checksum: c.file.checksum,
      rows_total: 1840,
      rows_inserted: 23,
      rows_updated: 0,
      rows_unchanged: 68,
      rows_missing: 1,
      rows_filtered: 1748,
      created_by_label: 'test',
    });
    expect(await tableCounts(t.db)).toEqual({ ...before, observations: before.observations! + 23, import_batches: before.import_batches! + 1, audit_log: before.audit_log! + 1 });

    const again = await commit(TSV, options);
    expect(again).toMatchObject({ status: 'already_imported', batchId: null, alreadyImported: { batchId: c.batchId } });
    expect((await preview(TSV, options)).status).toBe('already_imported');
    expect((await tableCounts(t.db)).observations).toBe(before.observations! + 23);

    expect(await rollback(c.batchId)).toEqual({ batchId: c.batchId, removed: 23, restored: 0, indicatorsRemoved: [] });
    expect(await series('EUROSTAT_GDP_EUR_HAB', 'ITC')).toEqual([]);
    expect(await series('EUROSTAT_GDP_EUR_HAB', 'ITC11', '2021')).toMatchObject([{ value: 34300, superseded: false }]);
    expect((await t.db('import_batches').where({ id: c.batchId }).first()).status).toBe('rolled_back');
    // Once rolled back, the same file may be imported again.
    expect((await preview(TSV, options)).counts.inserted).toBe(23);
  });

  it('counts ":" as missing, not as an error, and keeps the "p" flag', async () => {
    // The file's first data line (Albania, with "5400 p" in 2021), given to Moncalieri so that it lands.
    const [header, albania] = fs.readFileSync(TSV, 'utf8').split('\n');
    expect(albania).toMatch(/^A,EUR_HAB,AL\t/);
    const file = write('al.tsv', `${header}\n${albania!.replace(',AL\t', ',001156\t')}\n`);
    const r = await commit(file, { indicator: 'EUROSTAT_GDP_EUR_HAB' });
    expect(r.errors).toEqual([]);
    expect(r.counts).toMatchObject({ records: 23, missing: 9, valid: 14, inserted: 14, errors: 0 });
    const rows = await series('EUROSTAT_GDP_EUR_HAB', '001156');
    expect(rows.map((o) => o.period)).toEqual(['2008', '2009', '2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021']);
    expect(rows.at(-2)).toMatchObject({ period: '2020', value: 4700, provisional: false, sourceFlag: null });
    expect(rows.at(-1)).toMatchObject({ period: '2021', value: 5400, provisional: true, sourceFlag: 'p' });
    await rollback(r.batchId);
  });
});

describe('ISTAT SDMX-CSV (real file)', () => {
  it('rejects the unknown indicator and the comuni we do not have in one run, naming row and column', async () => {
    const before = await tableCounts(t.db);
    const plain = await commit(SDMX_CSV);
    expect(plain.status).toBe('invalid');
    // 36 rows: each has an unknown indicator and an unknown territory.
    expect(plain.counts).toMatchObject({ records: 36, errors: 72, valid: 0 });
    const territoryErrors = [
      {
        row: 2,
        column: 'ITTER107',
        code: 'territory.unknown',
        params: expect.objectContaining({ code: '072006', dimension: 'ITTER107', count: 18, rows: [2, 3, 4, 5, 6], moreRows: true }),
        message: expect.stringMatching(/^Unknown territory "072006": .* \(18 values: rows 2, 3, 4, 5, 6, …\)$/),
      },
      { row: 20, column: 'ITTER107', message: expect.stringMatching(/^Unknown territory "082053": .* \(18 values: rows 20, 21, 22, 23, 24, …\)$/) },
    ];
    expect(plain.errors).toMatchObject([
      {
        row: 2,
        column: 'TIPO_DATO',
        message: expect.stringMatching(/^Unknown indicator "KILLINJ"\. .*--create-indicators\. \(36 values: rows 2, 3, 4, 5, 6, …\)$/),
      },
      ...territoryErrors,
    ]);
    const create = await commit(SDMX_CSV, { createIndicators: true });
    expect(create.status).toBe('invalid');
    expect(create.errors).toMatchObject(territoryErrors);
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('with comuni we have, creates indicator KILLINJ with the values of the file; rollback removes it', async () => {
    const text = sdmxCsvText();
    const file = write('incidenti.csv', text);
    const r = await commit(file, { createIndicators: true });
    expect(r.errors).toEqual([]);
    expect(r.status).toBe('committed');
    expect(r.counts).toMatchObject({ records: 36, valid: 36, inserted: 36, errors: 0 });
    expect(r.indicators).toEqual([{ sourceCode: 'KILLINJ', code: 'KILLINJ', name: 'KILLINJ', created: true, rows: 36 }]);
    // ESITO is an extra dimension; the file has one value of it (F), so no filter is needed.
    expect(r.dimensions).toEqual([{ name: 'ESITO', values: ['F'], more: false }]);
    expect(await t.db('indicators').where({ code: 'KILLINJ' }).first('source', 'source_code', 'frequency', 'status')).toEqual({
      source: 'istat',
      source_code: 'KILLINJ',
      frequency: 'annual',
      // Created indicators are drafts: the public sees them once an analyst publishes them.
      status: 'draft',
    });
    const expected = (code: string) =>
      text
        .split(/\r?\n/)
        .map((l) => l.split(','))
        .filter((c) => c[3] === code)
        .map((c) => [c[5], Number(c[6])]);
    expect(expected('001272')).toHaveLength(18);
    expect((await series('KILLINJ', '001272')).map((o) => [o.period, o.value])).toEqual(expected('001272'));
    expect((await series('KILLINJ', '001156')).map((o) => [o.period, o.value])).toEqual(expected('001156'));

    expect(await rollback(r.batchId)).toEqual({ batchId: r.batchId, removed: 36, restored: 0, indicatorsRemoved: ['KILLINJ'] });
    expect(await t.db('indicators').where({ code: 'KILLINJ' }).first()).toBeUndefined();
  });

  it('asks for a filter when ESITO has two values, and keeps only the filtered one', async () => {
    const lines = sdmxCsvText().split('\r\n');
    lines[2] = lines[2]!.replace(',A,F,', ',A,M,');
    const file = write('incidenti-esito.csv', lines.join('\r\n'));
    const r = await preview(file, { createIndicators: true });
    expect(r.status).toBe('invalid');
    expect(r.errors).toMatchObject([{ row: 3, column: 'ESITO', message: expect.stringContaining('"ESITO" has several values (F, M)') }]);
    const filtered = await preview(file, { createIndicators: true, filters: { ESITO: 'F' } });
    expect(filtered.status).toBe('previewed');
    expect(filtered.counts).toMatchObject({ records: 36, filteredOut: 1, valid: 35, inserted: 35 });
  });

  it('applies UNIT_MULT (thousands → units) and turns OBS_STATUS P into a provisional value', async () => {
    const lines = sdmxCsvText().split('\r\n');
    const cells = (i: number) => lines[i]!.split(',');
    // Line 2: Torino 2001 = 3047, stated in thousands; line 3: Torino 2002 = 3123, provisional.
    const two = cells(1);
    two[13] = '3';
    lines[1] = two.join(',');
    const three = cells(2);
    three[10] = 'P';
    lines[2] = three.join(',');
    expect([two[5], two[6], three[5], three[6]]).toEqual(['2001', '3047', '2002', '3123']);
    const r = await commit(write('incidenti-mult.csv', lines.join('\r\n')), { createIndicators: true });
    expect(r.status).toBe('committed');
    const values = await series('KILLINJ', '001272');
    expect(values.find((v) => v.period === '2001')).toMatchObject({ value: 3047000, provisional: false });
    expect(values.find((v) => v.period === '2002')).toMatchObject({ value: 3123, provisional: true, sourceFlag: 'P' });
    await rollback(r.batchId);
  });
});

describe('SDMX-ML (real files)', () => {
  it('GenericData from Eurostat: its indicator is the dataset with the measure; a Y_GRAD filter, then its one value is for Belgium', async () => {
    const before = await tableCounts(t.db);
    const plain = await commit(SDMX_ML);
    expect(plain.file.format).toBe('sdmx-ml-generic');
    expect(plain.status).toBe('invalid');
    expect(plain.counts).toMatchObject({ records: 4, missing: 3 });
    // The header's DataSetID (cdh_e_fos) and the series key's measure name the indicator; its territory is reported in the same run.
    expect(plain.errors).toMatchObject([
      { row: 57, column: 'DATASET', code: 'indicator.unknown', params: { code: 'cdh_e_fos.PC.Y_GE1990.FOS1' } },
      { row: 57, column: 'GEO', code: 'territory.unknown', params: { code: 'BE' } },
      { row: 57, column: 'Y_GRAD', message: expect.stringContaining('"Y_GRAD" has several values (TOTAL, Y_GE1990)') },
    ]);
    const created = await preview(SDMX_ML, { createIndicators: true, filters: { Y_GRAD: 'Y_GE1990' } });
    expect(created.errors).toMatchObject([{ row: 57, column: 'GEO', code: 'territory.unknown' }]);
    const filtered = await commit(SDMX_ML, { indicator: 'BES_10AMB001P', filters: { Y_GRAD: 'Y_GE1990' } });
    expect(filtered.status).toBe('invalid');
    expect(filtered.counts).toMatchObject({ records: 4, filteredOut: 2, missing: 1, errors: 1 });
    expect(filtered.errors).toMatchObject([{ row: 57, column: 'GEO', message: expect.stringContaining('Unknown territory "BE"') }]);
    const onlyNaN = await commit(SDMX_ML, { indicator: 'BES_10AMB001P', filters: { Y_GRAD: 'TOTAL' } });
    expect(onlyNaN.errors).toMatchObject([{ message: 'No value to import: 2 row(s) left out by the filters, 2 empty.' }]);
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('StructureSpecificData naming its dataset in the header: --create-indicators makes one indicator per measure a filter keeps', async () => {
    // Eurostat nama_10r_3gdp as its SDMX 2.1 API answers it, with the values of the real bulk TSV (ITC11, 2020-2021).
    const seriesXml = (unit: string, geo: string, values: [string, number][]) =>
      `<Series freq="A" unit="${unit}" geo="${geo}">${values.map(([t, v]) => `<Obs TIME_PERIOD="${t}" OBS_VALUE="${v}"/>`).join('')}</Series>`;
    const xml = write(
      'nama_10r_3gdp.xml',
      `<?xml version="1.0" encoding="UTF-8"?>
<message:StructureSpecificData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">
<message:Header><message:ID>x</message:ID><message:Test>false</message:Test><message:Prepared>2026-11-30T08:00:00</message:Prepared><message:Sender id="ESTAT"/>
<message:Structure structureID="ESTAT_NAMA_10R_3GDP_1_0" dimensionAtObservation="TIME_PERIOD"><common:Structure><Ref agencyID="ESTAT" id="NAMA_10R_3GDP" version="1.0"/></common:Structure></message:Structure>
<message:DataSetID>NAMA_10R_3GDP</message:DataSetID></message:Header>
<message:DataSet>${seriesXml('EUR_HAB', 'ITC11', [['2020', 30800], ['2021', 34300]])}${seriesXml('MIO_EUR', 'ITC11', [['2020', 68538.73], ['2021', 75853.99]])}${seriesXml('EUR_HAB', 'BE', [['2021', 1]])}</message:DataSet>
</message:StructureSpecificData>`,
    );
    const before = await tableCounts(t.db);
    const all = await preview(xml, { createIndicators: true });
    // Two measures and a territory we do not have: all said in one run.
    expect(all.errors.map((e) => [e.code, e.params?.code ?? e.params?.dimension])).toEqual([
      ['territory.unknown', 'BE'],
      ['dimension.severalValues', 'unit'],
    ]);
    const one = await commit(xml, { createIndicators: true, filters: { unit: 'EUR_HAB', geo: 'ITC11' } });
    expect(one.status).toBe('committed');
    expect(one.indicators).toEqual([
      { sourceCode: 'NAMA_10R_3GDP.EUR_HAB', code: 'NAMA_10R_3GDP.EUR_HAB', name: 'NAMA_10R_3GDP (unit=EUR_HAB)', created: true, rows: 2 },
    ]);
    expect((await series('NAMA_10R_3GDP.EUR_HAB', 'ITC11', '2021'))[0]).toMatchObject({ value: 34300 });
    expect(await t.db('indicators').where({ code: 'NAMA_10R_3GDP.EUR_HAB' }).first()).toMatchObject({ status: 'draft' });
    await rollback(one.batchId!);
    await t.db('indicators').where({ code: 'NAMA_10R_3GDP.EUR_HAB' }).del();
    const after = await tableCounts(t.db);
    expect([after.observations, after.indicators]).toEqual([before.observations, before.indicators]);
  });

  it('a structure message is not data', async () => {
    const r = await commit(SDMX_STRUCTURE);
    expect(r.status).toBe('invalid');
    expect(r.file.format).toBeNull();
    expect(r.errors).toMatchObject([{ message: expect.stringMatching(/^This is an SDMX structure message .*not data/) }]);
  });
});

describe('revisions and rollback', () => {
  it('keeps the revised value as an older vintage; rollback makes it current again', async () => {
    expect(await series('BES_10AMB001P', 'ITC11', '2023')).toMatchObject([{ value: 35, provisional: false, superseded: false }]);
    const file = tidy('pm10-2023.csv', 'BES_10AMB001P;ITC11;2023;36,5;p');
    expect((await preview(file)).counts).toMatchObject({ inserted: 0, updated: 1, unchanged: 0 });
    const r = await commit(file);
    expect(r.status).toBe('committed');
    expect(r.counts).toMatchObject({ inserted: 0, updated: 1, unchanged: 0 });
    const rows = await series('BES_10AMB001P', 'ITC11', '2023');
    expect(rows).toEqual([
      { period: '2023', value: 35, provisional: false, sourceFlag: null, batchId: 1, supersededBy: r.batchId, superseded: true },
      { period: '2023', value: 36.5, provisional: true, sourceFlag: 'p', batchId: r.batchId, supersededBy: null, superseded: false },
    ]);
    expect(await series('BES_10AMB001P', 'ITC11', '2022')).toMatchObject([{ value: 40, superseded: false }]);

    expect(await rollback(r.batchId)).toEqual({ batchId: r.batchId, removed: 1, restored: 1, indicatorsRemoved: [] });
    expect(await series('BES_10AMB001P', 'ITC11', '2023')).toEqual([
      { period: '2023', value: 35, provisional: false, sourceFlag: null, batchId: 1, supersededBy: null, superseded: false },
    ]);
  });

  it('refuses to roll back a batch a later one revised (409) until that one is rolled back', async () => {
    const a = await commit(tidy('torino-a.csv', 'BES_10AMB001P;001272;2019;30', 'BES_10AMB001P;001272;2020;28'));
    const b = await commit(tidy('torino-b.csv', 'BES_10AMB001P;001272;2019;31', 'BES_10AMB001P;001272;2020;28'));
    expect(b.counts).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
    await expect(rollback(a.batchId)).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining(`later batch(es) ${b.batchId} (torino-b.csv) revised values it added`),
    });
    expect((await series('BES_10AMB001P', '001272')).map((o) => [o.period, o.value, o.superseded])).toEqual([
      ['2019', 30, true],
      ['2019', 31, false],
      ['2020', 28, false],
    ]);
    expect(await rollback(b.batchId)).toMatchObject({ removed: 1, restored: 1 });
    expect(await rollback(a.batchId)).toMatchObject({ removed: 2, restored: 0 });
    expect(await series('BES_10AMB001P', '001272')).toEqual([]);
    await expect(rollback(a.batchId)).rejects.toMatchObject({ status: 409, message: expect.stringContaining('"rolled_back"') });
    await expect(rollback(999_999)).rejects.toMatchObject({ status: 404 });
  });
});

describe('indicator options', () => {
  const pm10 = () => write('pm10-map.csv', 'indicator,territory,period,value\nPM10,001272,2021,29.5\n');

  it('maps a code of the file to ours; our code or source code match without a map', async () => {
    const r = await preview(pm10(), { map: { PM10: 'BES_10AMB001P' } });
    expect(r.status).toBe('previewed');
    expect(r.indicators).toEqual([{ sourceCode: 'PM10', code: 'BES_10AMB001P', name: expect.any(String), created: false, rows: 1 }]);
    const bySource = await preview(write('pm10-source.csv', 'indicator,territory,period,value\n10AMB001P,001272,2021,29.5\n'));
    expect(bySource.indicators).toMatchObject([{ sourceCode: '10AMB001P', code: 'BES_10AMB001P' }]);
  });

  it('names the unknown indicator, the unknown map target and contradictory options', async () => {
    expect((await preview(pm10())).errors).toMatchObject([{ row: 2, column: 'indicator', message: expect.stringContaining('Unknown indicator "PM10"') }]);
    expect((await preview(pm10(), { map: { PM10: 'NOPE' } })).errors).toMatchObject([
      { name: 'map', message: 'Indicator "NOPE" does not exist: use the code of one of our indicators (GET /api/indicators).' },
    ]);
    expect((await preview(pm10(), { indicator: 'NOPE' })).errors).toMatchObject([{ name: 'indicator', message: expect.stringContaining('"NOPE" does not exist') }]);
    expect((await preview(pm10(), { indicator: 'BES_10AMB001P', map: { PM10: 'BES_10AMB001P' } })).errors).toMatchObject([
      { name: 'indicator', message: 'Give either one indicator for the whole file or a map of codes, not both.' },
    ]);
  });

  it('creates an indicator named by the JSON-stat label', async () => {
    const doc = {
      version: '2.0',
      class: 'dataset',
      id: ['indic', 'geo', 'time'],
      size: [1, 2, 1],
      role: { metric: ['indic'], geo: ['geo'], time: ['time'] },
      dimension: {
        indic: { category: { index: ['DENS_POP'], label: { DENS_POP: 'Densità abitativa' } } },
        geo: { category: { index: ['ITC11', '001272'] } },
        time: { category: { index: ['2021'] } },
      },
      value: [329.1, 6478.2],
    };
    const before = await tableCounts(t.db);
    const file = write('densita.json', JSON.stringify(doc));
    expect((await preview(file, { createIndicators: true })).indicators).toMatchObject([{ code: 'DENS_POP', created: true }]);
    expect(await tableCounts(t.db)).toEqual(before);
    const r = await commit(file, { createIndicators: true, source: 'istat' });
    expect(r.indicators).toEqual([{ sourceCode: 'DENS_POP', code: 'DENS_POP', name: 'Densità abitativa', created: true, rows: 2 }]);
    expect(await t.db('indicators').where({ code: 'DENS_POP' }).first('name', 'source')).toEqual({ name: 'Densità abitativa', source: 'istat' });
    expect((await series('DENS_POP', '001272')).map((o) => o.value)).toEqual([6478.2]);
    expect((await rollback(r.batchId)).indicatorsRemoved).toEqual(['DENS_POP']);
  });
});

describe('malformed files: invalid, located errors, nothing written (commit mode)', () => {
  const good = [HEADER, 'BES_10AMB001P;001272;2015;41;', 'BES_10AMB001P;001272;2016;36,2;e', 'BES_10AMB001P;001156;2016;33;'];
  const csv = (...rows: string[]) => `${rows.join('\n')}\n`;
  /** `rows` with row i replaced. */
  const replaced = (rows: string[], i: number, row: string) => rows.map((r, j) => (j === i ? row : r));
  const sdmx = sdmxCsvText();
  const sdmxLines = sdmx.split('\r\n');
  const cases: [string, string | Buffer, ImportOptions, object[]][] = [
    ['truncated mid-line', csv(...good).slice(0, csv(...good).indexOf('001272;2016') + 4), {}, [{ row: 3, message: expect.stringContaining('Truncated line') }]],
    ['"|" as separator', csv(...good).replaceAll(';', '|'), {}, [{ message: expect.stringContaining('matches none of the known layouts') }]],
    ['text for a number', csv(...replaced(good, 2, 'BES_10AMB001P;001272;2016;n.d.;')), {}, [{ row: 3, column: 'valore', message: '"n.d." is not a number.' }]],
    [
      'same key twice',
      csv(...good, 'BES_10AMB001P;001272;2015;42;'),
      {},
      [{ row: 5, column: 'valore', message: 'Rows 2, 5 give a value for the same indicator BES_10AMB001P, territory 001272 and period 2015: keep one.' }],
    ],
    ['unknown territory', csv(...replaced(good, 3, 'BES_10AMB001P;XX99;2016;33;')), {}, [{ row: 4, column: 'territorio', message: expect.stringContaining('Unknown territory "XX99"') }]],
    ['ambiguous territory name', csv(...replaced(good, 3, 'BES_10AMB001P;Torino;2016;33;')), {}, [{ row: 4, column: 'territorio', message: expect.stringContaining('"Torino" is ambiguous') }]],
    ['bad period', csv(...replaced(good, 1, 'BES_10AMB001P;001272;2015-13;41;')), {}, [{ row: 2, column: 'anno', message: expect.stringContaining('"2015-13" is not a period') }]],
    ['value too large', csv(...replaced(good, 1, 'BES_10AMB001P;001272;2015;1e15;')), {}, [{ row: 2, column: 'valore', message: expect.stringContaining('too large') }]],
    ['header only', csv(HEADER), {}, [{ message: 'The file has a header but no data rows.' }]],
    ['empty file', '', {}, [{ message: 'The file is empty.' }]],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(csv(...good), 'utf16le')]), {}, [{ message: expect.stringContaining('UTF-16') }]],
    ['SDMX-CSV truncated mid-line', sdmx.slice(0, 1000), { createIndicators: true }, [{ row: 17, message: 'Truncated line: 2 cells where 16 are needed.', code: 'row.truncated', params: { found: 2, expected: 16 } }]],
    [
      'SDMX-CSV text for a number',
      replaced(sdmxLines, 4, sdmxLines[4]!.replace(',3566,', ',tremila,')).join('\r\n'),
      { createIndicators: true },
      [{ row: 5, column: 'OBS_VALUE', message: '"tremila" is not a number.' }],
    ],
    [
      'SDMX-CSV same year twice',
      replaced(sdmxLines, 4, sdmxLines[4]!.replace(',2004,', ',2003,')).join('\r\n'),
      { createIndicators: true },
      [{ row: 5, column: 'OBS_VALUE', message: 'Rows 4, 5 give a value for the same indicator KILLINJ, territory 001272 and period 2003: keep one.' }],
    ],
    ['SDMX-CSV with "|"', sdmx.replaceAll(',', '|'), { createIndicators: true }, [{ message: expect.stringContaining('matches none of the known layouts') }]],
    ['SDMX-CSV header only', `${sdmxLines[0]}\r\n`, { createIndicators: true }, [{ message: 'The file has a header but no data rows.' }]],
    // Cut after its first observation: the reader gives up once a value is already staged.
    ['SDMX-ML cut mid-file', fs.readFileSync(SDMX_ML).subarray(0, 1800), {}, [{ row: 42, message: 'Malformed XML: 42:20: unclosed tag: generic:Obs' }]],
  ];

  it.each(cases)('%s', async (name, content, options, errors) => {
    const before = await tableCounts(t.db);
    const ext = String(content).startsWith('<?xml') ? 'xml' : 'csv';
    const r = await commit(write(`${name.replace(/\W+/g, '-')}.${ext}`, content), options);
    expect(r.errors).toMatchObject(errors);
    expect(r.status).toBe('invalid');
    expect(r.batchId).toBeNull();
    expect(r.counts.errors).toBeGreaterThan(0);
    expect(await tableCounts(t.db)).toEqual(before);
  });
});

describe('files read in a worker process', () => {
  // About 56 MB of JSON-stat parsed whole: seconds of work, or more heap than a small limit allows.
  let big: string;
  beforeAll(() => {
    big = write('big.json', slowJsonStat());
  });

  it('the event loop stays free while a large file is parsed', async () => {
    let last = Date.now();
    let longestHold = 0;
    const tick = setInterval(() => {
      const now = Date.now();
      longestHold = Math.max(longestHold, now - last);
      last = now;
    }, 5);
    const started = Date.now();
    const r = await preview(big, { indicator: 'BES_10AMB001P' });
    const ms = Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
    clearInterval(tick);
    expect(r.counts.records).toBe(1);
    expect(r.errors).toEqual([]);
    // Relative, for a loaded machine: the import takes seconds, no turn of the loop waits a fraction of it.
    expect(longestHold).toBeLessThan(ms / 4);
  });

  it('a file needing more memory than the reading may use: invalid, with the reason; nothing written, the next import runs', async () => {
    const before = await tableCounts(t.db);
    const r = await runImport(t.db, big, { indicator: 'BES_10AMB001P' }, { mode: 'commit', actor: 'test', readMemoryMb: 32 });
    expect(r.status).toBe('invalid');
    expect(r.errors).toMatchObject([{ message: expect.stringContaining('Reading the file needs more memory than the import allows (32 MB, IMPORT_READ_MEMORY_MB)') }]);
    expect(await tableCounts(t.db)).toEqual(before);
    const next = await preview(tidy('after-oom.csv', 'BES_10AMB001P;001272;2015;41'));
    expect(next.status).toBe('previewed');
  });
});
