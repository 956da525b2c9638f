import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError, InvalidFileError } from '../../errors/errors';
import { findColumn, missingColumnsError, noDataRowsError } from './delimited';
import { isNumberText, TIDY_COLUMNS } from './tidy-csv';
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
export const xlsxReader: FormatReader = {
  id: 'xlsx',
  label: 'Excel XLSX (foglio con indicatore, territorio, periodo, valore, flag)',
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
            col = {
              indicator: findColumn(header, [...TIDY_COLUMNS.indicator]),
              territory: findColumn(header, [...TIDY_COLUMNS.territory]),
              period: findColumn(header, [...TIDY_COLUMNS.period]),
              value: findColumn(header, [...TIDY_COLUMNS.value]),
              flag: findColumn(header, [...TIDY_COLUMNS.flag]),
            };
            const missing = (['indicator', 'territory', 'period', 'value'] as const)
              .filter((k) => col[k] < 0)
              .map((k) => `${TIDY_COLUMNS[k][1]}/${TIDY_COLUMNS[k][0]}`);
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
          const dimensions: Record<string, string> = {};
          for (const i of [col.indicator, col.territory, col.period]) dimensions[header[i]!] = text(cells[i] ?? null);
          const flag = col.flag >= 0 ? text(cells[col.flag] ?? null) : '';
          yield {
            record: {
              row: row.number,
              dimensions,
              territoryDim: header[col.territory]!,
              timeDim: header[col.period]!,
              indicatorDim: header[col.indicator]!,
              value: typeof value === 'string' ? value.trim() : value,
              valueColumn: header[col.value]!,
              flags: flag ? [flag] : [],
            },
          };
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
