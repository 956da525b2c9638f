import fs from 'node:fs';
import os from 'node:os';
import ExcelJS from 'exceljs';
import { xlsxReader as reader } from './xlsx';
import { errorOf, readAll } from './test-utils';
import { hostileXlsx } from './zip-test-utils';

// No real XLSX is in shared/data (PROVENANCE: the BES spreadsheets were not found), so workbooks are built here.
async function workbook(rows: unknown[][], extraSheet = false): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dati');
  for (const r of rows) ws.addRow(r);
  if (extraSheet) wb.addWorksheet('Note').addRow(['indicatore', 'territorio', 'anno', 'valore']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('XLSX reader', () => {
  it('reads the tidy layout from the first sheet: numbers, text numbers, formulas, flags', async () => {
    const buf = await workbook(
      [
        [],
        ['Indicatore', 'Territorio', 'Anno', 'Valore', 'Flag'],
        ['01SAL001', 'Torino', 2015, 82.5, null],
        ['01SAL001', 'Torino', 2016, '83,2', 'p'],
        ['01SAL001', 'Torino', 2017, { formula: '1+1', result: 2 }, null],
        ['01SAL001', 'Torino', 2018, null, null],
      ],
      true,
    );
    const { records, issues, progress } = await readAll(reader, buf, { fileName: 'bes.xlsx', chunk: 1024 });
    expect(issues).toEqual([]);
    expect(records[0]).toEqual({
      row: 3,
      dimensions: { Indicatore: '01SAL001', Territorio: 'Torino', Anno: '2015' },
      territoryDim: 'Territorio',
      timeDim: 'Anno',
      indicatorDim: 'Indicatore',
      value: 82.5,
      valueColumn: 'Valore',
      flags: [],
    });
    expect(records.slice(1).map((r) => [r.row, r.value, r.flags])).toEqual([
      [4, '83,2', ['p']],
      [5, 2, []],
      [6, null, []],
    ]);
    expect(progress.at(-1)).toBe(buf.length);
  });

  it('yields an issue for text where a number is due', async () => {
    const buf = await workbook([['indicator', 'territory', 'period', 'value'], ['A', 'IT', '2020', 'n.d.'], ['A', 'IT', '2021', 3]]);
    const { records, issues } = await readAll(reader, buf);
    expect(issues).toMatchObject([{ row: 2, column: 'value', message: '"n.d." is not a number.' }]);
    expect(records.map((r) => r.value)).toEqual([3]);
  });

  it('rejects header-only sheets, CSV pasted in one column and files that are not XLSX', async () => {
    expect(await errorOf(readAll(reader, await workbook([['indicatore', 'territorio', 'anno', 'valore']])))).toMatch(/no data rows/);
    expect(await errorOf(readAll(reader, await workbook([['indicatore;territorio;anno;valore'], ['A;B;2020;1']])))).toMatch(/single cell/);
    expect(await errorOf(readAll(reader, Buffer.from('PK\u0003\u0004 not really a zip')))).toMatch(/Cannot be read as an XLSX/);
  });

  it('sniffs the ZIP signature', async () => {
    expect(reader.sniff(await workbook([['a']]), 'x.xlsx')).toBe(true);
    expect(reader.sniff(Buffer.from('indicatore;territorio\n'), 'x.xlsx')).toBe(false);
  });

  describe('hostile workbooks', () => {
    /** Reads the workbook; returns the refusal's message and how long it took. */
    async function refusal(buf: Buffer): Promise<{ message: string; ms: number }> {
      const started = Date.now();
      const message = await errorOf(readAll(reader, buf, { fileName: 'bomba.xlsx', chunk: 64 * 1024 }));
      return { message, ms: Date.now() - started };
    }

    it('reads the hand-made workbook the hostile ones are built from', async () => {
      const { records, issues } = await readAll(reader, hostileXlsx(), { chunk: 4096 });
      expect(issues).toEqual([]);
      expect(records.map((r) => [r.row, r.dimensions, r.value])).toEqual([[2, { indicatore: 'A', territorio: 'IT', anno: '2020' }, 1]]);
    });

    it('refuses shared strings inflating to 200 MB from a file of a few hundred KB, quickly', async () => {
      const buf = hostileXlsx({ sharedStrings: { chunk: `<si><t>${'A'.repeat(1000)}</t></si>`, times: 200_000 } });
      expect(buf.length).toBeLessThan(1024 * 1024);
      const { message, ms } = await refusal(buf);
      expect(message).toMatch(/The workbook part xl\/sharedStrings\.xml inflates to more than 100 times .*"zip bomb"/);
      expect(ms).toBeLessThan(10_000);
    });

    it('refuses a part inflating past the absolute cap even at a plausible ratio', async () => {
      const { LIMITS } = await import('./limits');
      const limits = LIMITS as { maxXlsxPartBytes: number };
      const saved = limits.maxXlsxPartBytes;
      limits.maxXlsxPartBytes = 64 * 1024;
      try {
        const { message } = await refusal(hostileXlsx({ sharedStrings: { chunk: '<si><t>abc</t></si>', times: 10_000 } }));
        expect(message).toMatch(/xl\/sharedStrings\.xml inflates to more than 64 KiB/);
      } finally {
        limits.maxXlsxPartBytes = saved;
      }
    });

    // exceljs keeps a sheet that comes before the shared strings in a temporary file, named tmp-<pid>-…
    const temporary = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith(`tmp-${process.pid}-`));
    /** The temporary files not in `before`, once those being removed are gone. */
    async function leftBehind(before: string[]): Promise<string[]> {
      const added = () => temporary().filter((f) => !before.includes(f));
      for (let k = 0; k < 50 && added().length > 0; k++) await new Promise((resolve) => setTimeout(resolve, 20));
      return added();
    }

    it('reads a workbook whose sheet comes before its shared strings, leaving no temporary file', async () => {
      const before = temporary();
      const { records, issues } = await readAll(reader, hostileXlsx({ sheetFirst: true, sheetPadding: { chunk: ' ', times: 100_000 } }), { chunk: 4096 });
      expect(issues).toEqual([]);
      expect(records.map((r) => [r.row, r.dimensions, r.value])).toEqual([[2, { indicatore: 'A', territorio: 'IT', anno: '2020' }, 1]]);
      expect(await leftBehind(before)).toEqual([]);
    });

    it('refuses a sheet stored before the shared strings as it is written to disk, leaving no temporary file', async () => {
      const before = temporary();
      const buf = hostileXlsx({ sheetFirst: true, sheetPadding: { chunk: ' '.repeat(1000), times: 50_000 } });
      expect(buf.length).toBeLessThan(1024 * 1024);
      const { message } = await refusal(buf);
      expect(message).toMatch(/The workbook part xl\/worksheets\/sheet1\.xml inflates to more than 100 times .*"zip bomb"/);
      // 50 MB would have been written (and left until the process ends) had the sheet been stored whole.
      expect(await leftBehind(before)).toEqual([]);
    });

    it('refuses a row with more cells than the cap, naming the row (exceljs itself stops at 16,384)', async () => {
      const { message } = await refusal(hostileXlsx({ rowCells: 12_000 }));
      expect(message).toMatch(/row 2: Row 2 has more than 10,000 columns/);
    });
  });
});
