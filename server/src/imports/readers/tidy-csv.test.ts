import fs from 'node:fs';
import iconv from 'iconv-lite';
import { tidyCsvReader as reader } from './tidy-csv';
import { errorOf, readAll, sharedFile } from './test-utils';

const BES = sharedFile('series/bes_territori_provincia_torino_excerpt.divarioitalia.csv');
const ISTAT_PROV = sharedFile('series/istat_prov_torino_piemonte_excerpt.divarioitalia.csv');

describe('tidy CSV reader', () => {
  it('reads the real BES CSV (";" and decimal comma) keeping values as written', async () => {
    const { records, issues } = await readAll(reader, BES);
    expect(issues).toEqual([]);
    expect(records).toHaveLength(57);
    expect(records[0]).toEqual({
      row: 2,
      dimensions: { idIndicatore: '01SAL001', Territorio: 'Torino', Anno: '2015' },
      territoryDim: 'Territorio',
      timeDim: 'Anno',
      indicatorDim: 'idIndicatore',
      value: '82,5',
      valueColumn: 'Dato',
      flags: [],
    });
    const pm10 = records.find((r) => r.dimensions.idIndicatore === '10AMB001P' && r.dimensions.Anno === '2016');
    expect(pm10?.value).toBe('37');
  });

  it('reads the real istat_prov CSV (English-ish headers, decimal point)', async () => {
    const { records, issues } = await readAll(reader, ISTAT_PROV);
    expect(issues).toEqual([]);
    expect(records[0]).toMatchObject({ indicatorDim: 'indicator_id', territoryDim: 'territory_key', timeDim: 'year', value: '20.4' });
    expect(records.at(-1)).toMatchObject({ dimensions: { indicator_id: 'ISTATP_ATTIVITA', territory_key: 'piemonte', year: '2025' }, value: '73.464' });
  });

  it('reads Latin-1 and UTF-8 with BOM, with "," or ";" separators and a flag column', async () => {
    const text = 'indicatore;territorio;periodo;valore;flag\nPIL;Aosta/Vallée;2021;1.234,5;p\n';
    const latin1 = await readAll(reader, iconv.encode(text, 'latin1'));
    expect(latin1.records[0]).toMatchObject({ dimensions: { territorio: 'Aosta/Vallée' }, value: '1.234,5', flags: ['p'] });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('indicator,territory,period,value\nGDP,IT,2021,82.5\n')]);
    const { records } = await readAll(reader, bom, { chunk: 2 });
    expect(records[0]).toMatchObject({ dimensions: { indicator: 'GDP', territory: 'IT', period: '2021' }, value: '82.5', flags: [] });
  });

  it('yields row issues (text value, truncated line), keeps empty values as null, and goes on', async () => {
    const csv = 'indicatore;territorio;anno;valore\nA;001272;2020;n.d.\nA;001272\nA;001272;2022;\nA;001272;2023;3,5\n';
    const { records, issues } = await readAll(reader, Buffer.from(csv));
    expect(issues).toMatchObject([
      { row: 2, column: 'valore', message: '"n.d." is not a number.' },
      { row: 3, message: expect.stringContaining('Truncated line') },
    ]);
    expect(records.map((r) => [r.row, r.value])).toEqual([
      [4, null],
      [5, '3,5'],
    ]);
  });

  it('rejects empty, header-only, wrong separator and UTF-16 files', async () => {
    expect(await errorOf(readAll(reader, Buffer.alloc(0)))).toMatch(/empty/);
    expect(await errorOf(readAll(reader, Buffer.from('indicatore;territorio;anno;valore\r\n')))).toMatch(/no data rows/);
    const pipes = await errorOf(readAll(reader, Buffer.from('indicatore|territorio|anno|valore\nA|B|2020|1\n')));
    expect(pipes).toMatch(/required column\(s\) indicatore\/indicator, territorio\/territory/);
    expect(pipes).toMatch(/separator is probably wrong/);
    const utf16 = iconv.encode('indicatore;territorio;anno;valore\nA;B;2020;1\n', 'utf16le');
    expect(await errorOf(readAll(reader, utf16))).toMatch(/UTF-16/);
  });

  it('sniffs Italian and English headers', () => {
    expect(reader.sniff(fs.readFileSync(BES), 'bes.csv')).toBe(true);
    expect(reader.sniff(Buffer.from('"indicator","territory","period","value"\n'), 'x.csv')).toBe(true);
    expect(reader.sniff(Buffer.from('a;b;c\n'), 'x.csv')).toBe(false);
  });
});
