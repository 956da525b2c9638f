import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError, InvalidFileError } from '../../errors/errors';
import { missingColumnsError, noDataRowsError } from './delimited';
import { isNumberText, mapTidyColumns, tidyRecord } from './tidy-layout';
import type { FormatReader, ReadItem } from './types';

type Cell = string | number | null;

/** A cell as a plain value: formulas give their cached result, rich text its text, dates an ISO day. */
function plain(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const o = v as { result?: unknown; richText?: { text: string }[]; text?: string; error?: string };
  if ('result' in o) return plain(o.result);
  if (o.richText) return o.richText.map((t) => t.text).join('');
  if (o.text !== undefined) return o.text;
  if (o.error) return o.error;
  return String(v);
}
const text = (c: Cell) => (c === null ? '' : String(c).trim());

/**
 * XLSX with the tidy layout (indicatore/territorio/periodo/valore/flag) on the first worksheet. Uses exceljs'
 * streaming WorkbookReader, so rows are read as the ZIP entry inflates; shared strings are cached, which
 * is the one part that grows with the file (the format keeps them in a separate part).
 */
export const xlsxReader: FormatReader<'xlsx'> = {
  id: 'xlsx',
  label: 'Excel XLSX (foglio con indicatore, territorio, periodo, valore, flag)',
  defaultSource: 'other',
  lineBased: false,
  sniff: (head, fileName) => head[0] === 0x50 && head[1] === 0x4b && (/\.xlsx$/i.test(fileName) || head.includes('xl/')),
  read: async function* (input, options): AsyncGenerator<ReadItem> {
    const counted = new PassThrough();
    let bytes = 0;
    input.on('data', (chunk: Buffer) => options.onProgress?.((bytes += chunk.length)));
    input.on('error', (e) => counted.destroy(e));
    input.pipe(counted);
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(counted, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit' });
    let header: string[] | null = null;
    let col = { indicator: -1, territory: -1, period: -1, value: -1, flag: -1 };
    let rows = 0;
    try {
      for await (const sheet of workbook) {
        for await (const row of sheet) {
          // row.values is 1-based (index 0 empty); shift it so column indexes match the header.
          const cells = (row.values as unknown[]).slice(1).map(plain);
          if (!header) {
            if (cells.every((c) => text(c) === '')) continue;
            header = cells.map(text);
            const mapped = mapTidyColumns(header);
            col = mapped.col;
            const missing = mapped.missing;
            if (missing.length) throw missingColumnsError(options.fileName, 'XLSX', header, missing);
            continue;
          }
          if (cells.every((c) => text(c) === '')) continue;
          rows++;
          const raw = cells[col.value] ?? null;
          const value = typeof raw === 'string' && raw.trim() === '' ? null : raw;
          if (typeof value === 'string' && !isNumberText(value)) {
            yield { issue: { row: row.number, column: header[col.value], message: `"${value.trim()}" is not a number.` } };
            continue;
          }
          const cellText = (i: number) => text(cells[i] ?? null);
          yield { record: tidyRecord(row.number, header, col, cellText, typeof value === 'string' ? value.trim() : value) };
        }
        break; // Only the first worksheet holds the data; the others are notes or pivots.
      }
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw new InvalidFileError(options.fileName, [{ message: `Cannot be read as an XLSX workbook: ${(e as Error).message}` }]);
    }
    if (!header) throw new InvalidFileError(options.fileName, [{ message: 'The workbook is empty: no header row on the first sheet.' }]);
    if (rows === 0) throw noDataRowsError(options.fileName);
  },
};
