import path from 'node:path';
import ExcelJS from 'exceljs';
import { InvalidFileError, type InputIssue } from '../errors/errors';
import { formatCount, LIMITS } from '../imports/readers/limits';
import { checkZipParts } from '../imports/readers/zip-check';
import { parseDelimited } from './text-file';

/** One line of a table file: its 1-based line (row of the sheet) and its cells as text. */
export type TableRecord = { line: number; cells: string[] };
export type TableFile = { format: 'xlsx' | 'csv'; header: string[]; records: TableRecord[] };

/** A header as compared with the accepted names: no accents, lower case, spaces and dashes as `_`. */
export function normaliseHeader(h: string): string {
  return h
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, '_');
}

/**
 * Maps each field to the index of the column that holds it (-1 when absent), or refuses the file with
 * every missing required column (row 1, the column's first accepted name).
 */
export function mapColumns<F extends string>(fileName: string, header: string[], aliases: Record<F, string[]>, required: readonly NoInfer<F>[]): Record<F, number> {
  const normalised = header.map(normaliseHeader);
  const map = {} as Record<F, number>;
  const issues: InputIssue[] = [];
  for (const [field, names] of Object.entries(aliases) as [F, string[]][]) {
    map[field] = normalised.findIndex((h) => names.includes(h));
    if (map[field] < 0 && required.includes(field)) {
      issues.push({
        row: 1,
        column: names[0],
        message: `missing column "${names[0]}" (accepted headers: ${names.join(', ')}); found: ${header.join(', ') || 'nothing'}`,
        code: 'table.missingColumn',
        params: { column: names[0], accepted: names, found: header.slice(0, 50) },
      });
    }
  }
  if (issues.length) throw new InvalidFileError(fileName, issues);
  return map;
}

/** The trimmed text of a mapped column ('' when the column is absent or the cell empty). */
export const cellOf = (cells: string[], i: number): string => (i >= 0 ? (cells[i] ?? '').trim() : '');

/** The refusal of a row with more cells than LIMITS.maxColumns. */
function tooManyColumns(fileName: string, row: number): InvalidFileError {
  return new InvalidFileError(fileName, [{ row, message: `row ${row} has more than ${formatCount(LIMITS.maxColumns)} columns (the most a row may have)`, code: 'table.tooManyColumns', params: { row, limit: LIMITS.maxColumns } }]);
}

async function readXlsx(fileName: string, buf: Buffer): Promise<TableRecord[]> {
  // Loaded whole (cell texts are needed as Excel shows them), so what it inflates to is checked first.
  await checkZipParts(fileName, buf);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new InvalidFileError(fileName, [{ message: `not a readable XLSX workbook (${(e as Error).message})`, code: 'table.unreadable', params: { format: 'xlsx', detail: (e as Error).message } }]);
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new InvalidFileError(fileName, [{ message: 'the workbook has no worksheet', code: 'table.noWorksheet', params: {} }]);
  if (ws.columnCount > LIMITS.maxColumns) {
    let wide = 1;
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (wide === 1 && row.cellCount > LIMITS.maxColumns) wide = rowNumber;
    });
    throw tooManyColumns(fileName, wide);
  }
  const records: TableRecord[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    // `text` is what Excel shows: a code typed as 1.10 stays "1.10", not the number 1.1.
    for (let c = 1; c <= ws.columnCount; c++) cells.push(row.getCell(c).text ?? '');
    records.push({ line: rowNumber, cells });
  });
  return records;
}

function readCsv(fileName: string, buf: Buffer): TableRecord[] {
  let table;
  try {
    table = parseDelimited(buf, { maxRecordSize: LIMITS.maxRecordChars });
  } catch (e) {
    throw new InvalidFileError(fileName, [{ message: `not a readable CSV file (${(e as Error).message})`, code: 'table.unreadable', params: { format: 'csv', detail: (e as Error).message } }]);
  }
  if (table.header.length > LIMITS.maxColumns) throw tooManyColumns(fileName, 1);
  const wide = table.rows.find((r) => r.cells.length > LIMITS.maxColumns);
  if (wide) throw tooManyColumns(fileName, wide.line);
  return [{ line: 1, cells: table.header }, ...table.rows];
}

/** Whether a file name is a table file this module reads (.xlsx, .csv, .txt). */
export const isTableFile = (fileName: string) => ['.xlsx', '.csv', '.txt'].includes(path.extname(fileName).toLowerCase());

/**
 * Reads the first worksheet of an XLSX, or a CSV (`;` or `,`, UTF-8 or Latin-1), as a header and its
 * non-empty records, within the limits every import shares. A file of another kind is a 422.
 */
export async function readTableFile(fileName: string, buf: Buffer): Promise<TableFile> {
  if (buf.length === 0) throw new InvalidFileError(fileName, [{ message: 'the file is empty', code: 'table.empty', params: {} }]);
  const ext = path.extname(fileName).toLowerCase();
  if (!isTableFile(fileName)) throw new InvalidFileError(fileName, [{ message: `unsupported file type "${ext || '(none)'}"; accepted: .xlsx, .csv`, code: 'table.unsupportedType', params: { extension: ext || null } }]);
  const format = ext === '.xlsx' ? 'xlsx' : 'csv';
  const [head, ...rest] = format === 'xlsx' ? await readXlsx(fileName, buf) : readCsv(fileName, buf);
  if (!head) throw new InvalidFileError(fileName, [{ message: format === 'xlsx' ? 'the first worksheet is empty' : 'the file is empty', code: 'table.empty', params: { format } }]);
  return { format, header: head.cells, records: rest.filter((r) => r.cells.some((c) => c.trim() !== '')) };
}
