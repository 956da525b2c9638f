import { istatIstatCsvReader as reader } from './istat-istat-csv';
import { errorOf, readAll } from './test-utils';

// No real I.Stat export is in shared/data (PROVENANCE lists none), so the file is built here following the
// layout I.Stat writes: UTF-8 with BOM, quoted cells, code/label column pairs, "Flag Codes" and "Flags".
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const HEADER = '"ITTER107","Territorio","TIPO_DATO7","Tipo dato","TIME","Seleziona periodo","Value","Flag Codes","Flags"\r\n';
const file = (rows: string) => Buffer.concat([BOM, Buffer.from(HEADER + rows)]);

describe('ISTAT I.Stat CSV reader', () => {
  it('reads code/label pairs, value and flag codes', async () => {
    const { records, issues } = await readAll(
      reader,
      file(
        '"ITC11","Torino","POP_RES","popolazione residente","2021","2021","2219206","",""\r\n' +
          '"001272","Torino (comune)","POP_RES","popolazione residente","2022","2022","841600","p","dato provvisorio"\r\n',
      ),
      { chunk: 5 },
    );
    expect(issues).toEqual([]);
    expect(records[0]).toEqual({
      row: 2,
      dimensions: { ITTER107: 'ITC11', TIPO_DATO7: 'POP_RES', TIME: '2021' },
      labels: { ITTER107: 'Torino', TIPO_DATO7: 'popolazione residente', TIME: '2021' },
      territoryDim: 'ITTER107',
      timeDim: 'TIME',
      indicatorDim: 'TIPO_DATO7',
      value: '2219206',
      valueColumn: 'Value',
      flags: [],
    });
    expect(records[1]).toMatchObject({ row: 3, value: '841600', flags: ['p'], labels: { ITTER107: 'Torino (comune)' } });
  });

  it('yields row issues for text values and truncated lines', async () => {
    const { records, issues } = await readAll(
      reader,
      file('"ITC11","Torino","P","p","2021","2021","abc","",""\r\n"ITC11","Torino","P"\r\n"ITC11","Torino","P","p","2022","2022","1.5","",""\r\n'),
    );
    expect(issues).toMatchObject([
      { row: 2, column: 'Value', message: '"abc" is not a number.' },
      { row: 3, message: expect.stringContaining('Truncated line') },
    ]);
    expect(records.map((r) => r.value)).toEqual(['1.5']);
  });

  it('rejects header-only files and headers that are not I.Stat pairs', async () => {
    expect(await errorOf(readAll(reader, file('')))).toMatch(/no data rows/);
    expect(await errorOf(readAll(reader, Buffer.from('"ITTER107","TIME","Seleziona periodo","Value"\n"IT","2020","2020","1"\n')))).toMatch(/code\/label pairs/);
    expect(await errorOf(readAll(reader, Buffer.from('"ITTER107";"Territorio"\n"IT";"Italia"\n')))).toMatch(/Value, TIME/);
  });

  it('sniffs the I.Stat header', () => {
    expect(reader.sniff(file(''), 'x.csv')).toBe(true);
    expect(reader.sniff(Buffer.from('indicatore;territorio;anno;valore\n'), 'x.csv')).toBe(false);
  });
});
