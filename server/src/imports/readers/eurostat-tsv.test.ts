import fs from 'node:fs';
import { eurostatTsvReader as reader } from './eurostat-tsv';
import { errorOf, readAll, sharedFile } from './test-utils';

const FILE = sharedFile('series/eurostat_tsv_nama_10r_3gdp_excerpt_IT_ITC1.tsv');
const HEADER = 'freq,unit,geo\\TIME_PERIOD\t2020 \t2021 \n';

describe('Eurostat bulk TSV reader', () => {
  it('reads the real nama_10r_3gdp excerpt: values, ":" as missing, flags after values', async () => {
    const { records, issues, progress } = await readAll(reader, FILE, { chunk: 1000 });
    expect(issues).toEqual([]);
    const find = (unit: string, geo: string, year: string) =>
      records.find((r) => r.dimensions.unit === unit && r.dimensions.geo === geo && r.dimensions.TIME_PERIOD === year);
    expect(find('EUR_HAB', 'ITC11', '2021')).toEqual({
      row: expect.any(Number),
      dimensions: { freq: 'A', unit: 'EUR_HAB', geo: 'ITC11', TIME_PERIOD: '2021' },
      territoryDim: 'geo',
      timeDim: 'TIME_PERIOD',
      value: '34300',
      valueColumn: '2021',
      flags: [],
    });
    expect(find('EUR_HAB', 'ITC11', '2000')?.value).toBe('25300');
    expect(find('EUR_HAB', 'ITC11', '2022')).toMatchObject({ value: null, flags: [] });
    expect(find('EUR_HAB', 'AL', '2021')).toMatchObject({ row: 2, value: '5400', flags: ['p'] });
    expect(find('EUR_HAB', 'AL', '2000')).toMatchObject({ value: null });
    // Every data line has 23 periods.
    const lines = fs.readFileSync(FILE, 'utf8').trim().split('\n').length - 1;
    expect(records).toHaveLength(lines * 23);
    expect(progress.at(-1)).toBe(fs.statSync(FILE).size);
  });

  it('yields row issues for text values, unreadable flags, bad keys and truncated lines', async () => {
    const tsv =
      HEADER +
      'A,EUR_HAB,ITC11\tabc \t1 p\n' +
      'A,EUR_HAB,ITC12\t1 ?\t2 bep\n' +
      'A,ITC13\t1 \t2 \n' +
      'A,EUR_HAB,ITC14\t7 \n' +
      'A,EUR_HAB,ITC15\t: c\t:z\n';
    const { records, issues } = await readAll(reader, Buffer.from(tsv), { chunk: 7 });
    expect(issues).toEqual([
      { row: 2, column: '2020', code: 'value.notNumber', params: { value: 'abc' }, message: '"abc" is not a number.' },
      { row: 3, column: '2020', code: 'value.badFlag', params: { flag: '?', value: '1' }, message: 'Unreadable flag "?" after value "1".' },
      { row: 4, code: 'row.badCodes', params: { dimensions: ['freq', 'unit', 'geo'], found: expect.any(String) }, message: expect.stringContaining('Expected 3 codes') },
      { row: 5, code: 'row.truncated', params: { found: 2, expected: 3 }, message: expect.stringContaining('Truncated line') },
    ]);
    expect(records.map((r) => [r.row, r.dimensions.geo, r.value, r.flags.join('')])).toEqual([
      [2, 'ITC11', '1', 'p'],
      [3, 'ITC12', '2', 'bep'],
      [5, 'ITC14', '7', ''],
      [6, 'ITC15', null, 'c'],
      [6, 'ITC15', null, 'z'],
    ]);
  });

  it('rejects empty, header-only and non-Eurostat headers', async () => {
    expect(await errorOf(readAll(reader, Buffer.alloc(0)))).toMatch(/empty/);
    expect(await errorOf(readAll(reader, Buffer.from(HEADER)))).toMatch(/no data rows/);
    expect(await errorOf(readAll(reader, Buffer.from('freq;unit;geo;2020\nA;X;IT;1\n')))).toMatch(/Not a Eurostat TSV/);
  });

  it('sniffs the first header cell', () => {
    expect(reader.sniff(fs.readFileSync(FILE), 'x.tsv')).toBe(true);
    expect(reader.sniff(Buffer.from('unit,geo\\time\t2020 \n'), 'x.tsv')).toBe(true);
    expect(reader.sniff(Buffer.from('DATAFLOW,FREQ,TIME_PERIOD,OBS_VALUE\n'), 'x.csv')).toBe(false);
  });
});
