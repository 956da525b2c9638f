import fs from 'node:fs';
import { InvalidFileError } from '../../errors/errors';
import { istatSdmxCsvReader as reader } from './istat-sdmx-csv';
import { errorOf, readAll, sharedFile } from './test-utils';

const FILE = sharedFile('formats/istat_sdmx_csv_41_983_incidenti_comuni.csv');
const HEADER_NEW = 'DATAFLOW,FREQ,REF_AREA,DATA_TYPE,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT\n';

describe('ISTAT SDMX-CSV reader', () => {
  it('reads the real ISTAT file (old column names, CRLF) with the values of comune 072006', async () => {
    const { records, issues, progress } = await readAll(reader, FILE);
    expect(issues).toEqual([]);
    expect(records).toHaveLength(36);
    const bari = records.filter((r) => r.dimensions.ITTER107 === '072006');
    expect(bari).toHaveLength(18);
    expect(bari[0]).toEqual({
      row: 2,
      dimensions: { FREQ: 'A', ESITO: 'F', ITTER107: '072006', TIPO_DATO: 'KILLINJ', TIME_PERIOD: '2001' },
      territoryDim: 'ITTER107',
      timeDim: 'TIME_PERIOD',
      indicatorDim: 'TIPO_DATO',
      value: '3047',
      valueColumn: 'OBS_VALUE',
      flags: [],
    });
    expect(bari.find((r) => r.dimensions.TIME_PERIOD === '2002')?.value).toBe('3123');
    expect(records.some((r) => r.dimensions.ITTER107 === '082053')).toBe(true);
    expect(progress.at(-1)).toBe(fs.statSync(FILE).size);
  });

  it('reads the new column names, OBS_STATUS, UNIT_MULT and NaN as missing', async () => {
    const csv = HEADER_NEW + 'IT1:X(1.0),A,ITC11,POP,2020,"2252379",,3\nIT1:X(1.0),A,ITC11,POP,2021,NaN,na,\n';
    const { records, issues } = await readAll(reader, Buffer.from(csv));
    expect(issues).toEqual([]);
    expect(records[0]).toMatchObject({ territoryDim: 'REF_AREA', indicatorDim: 'DATA_TYPE', value: '2252379', unitMultiplier: 3 });
    expect(records[1]).toMatchObject({ row: 3, value: null, flags: ['na'] });
  });

  it('yields row issues for text where a number is due and for truncated lines, and goes on', async () => {
    const csv = HEADER_NEW + 'D,A,ITC11,POP,2019,abc,,\nD,A,ITC11,POP\nD,A,ITC11,POP,2021,5,,\n';
    const { records, issues } = await readAll(reader, Buffer.from(csv));
    expect(issues).toMatchObject([
      { row: 2, column: 'OBS_VALUE', message: '"abc" is not a number.' },
      { row: 3, message: expect.stringContaining('Truncated line') },
    ]);
    expect(records.map((r) => r.value)).toEqual(['5']);
  });

  it('rejects an empty file, a header-only file and a wrong separator', async () => {
    await expect(readAll(reader, Buffer.alloc(0))).rejects.toThrow(InvalidFileError);
    expect(await errorOf(readAll(reader, Buffer.alloc(0)))).toMatch(/empty/);
    expect(await errorOf(readAll(reader, Buffer.from(HEADER_NEW)))).toMatch(/no data rows/);
    const piped = HEADER_NEW.replace(/,/g, '|') + 'D|A|ITC11|POP|2020|1||\n';
    expect(await errorOf(readAll(reader, Buffer.from(piped)))).toMatch(/OBS_VALUE.*separator is probably wrong/s);
  });

  it('rejects UTF-16 text', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HEADER_NEW + 'D,A,IT,P,2020,1,,\n', 'utf16le')]);
    expect(await errorOf(readAll(reader, utf16))).toMatch(/UTF-16/);
  });

  it('sniffs the header', () => {
    expect(reader.sniff(fs.readFileSync(FILE), 'x.csv')).toBe(true);
    expect(reader.sniff(Buffer.from('indicatore;territorio;anno;valore\n'), 'x.csv')).toBe(false);
  });
});
