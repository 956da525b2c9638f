import path from 'node:path';
import ExcelJS from 'exceljs';
import YAML from 'yaml';
import { InvalidFileError, type InputIssue } from '../errors/errors';
import { formatBytes, formatCount, jsonNestingOverflow, LIMITS } from '../imports/readers/limits';
import { checkZipParts } from '../imports/readers/zip-check';
import { parseDelimited } from '../lib/text-file';

/** One row of a plan file: an axis (code `1`), a strategy (`1.2`) or an action (`1.2.3`). */
export type PlanRow = {
  /** 1-based line in the file (spreadsheets and CSV) or position in the list (JSON/YAML). */
  row: number;
  code: string;
  parentCode: string;
  title: string;
  description: string;
  sourceUrl: string;
};

/** Optional plan metadata a JSON/YAML file may carry beside its rows. */
export type PlanMeta = {
  code?: string;
  title?: string;
  subtitle?: string;
  period_start?: number;
  period_end?: number;
  declared_axes?: number;
  declared_strategies?: number;
  declared_actions?: number;
};

export type ParsedPlanFile = { format: 'xlsx' | 'csv' | 'json' | 'yaml'; rows: PlanRow[]; plan?: PlanMeta };

/** Accepted header names (Italian or English), normalised. */
const COLUMN_ALIASES: Record<keyof Omit<PlanRow, 'row'>, string[]> = {
  code: ['code', 'codice', 'cod'],
  parentCode: ['parent_code', 'parent', 'codice_padre', 'padre', 'parent_id'],
  title: ['title', 'titolo', 'name', 'nome', 'denominazione'],
  description: ['description', 'descrizione', 'testo'],
  sourceUrl: ['source_url', 'source', 'fonte', 'fonte_url', 'url'],
};
const REQUIRED: (keyof typeof COLUMN_ALIASES)[] = ['code', 'title'];

export function normaliseHeader(h: string): string {
  return h
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, '_');
}

/** Maps each field to the column index that holds it, or reports the missing required ones. */
function mapColumns(fileName: string, header: string[]): Record<keyof typeof COLUMN_ALIASES, number> {
  const normalised = header.map(normaliseHeader);
  const map = {} as Record<keyof typeof COLUMN_ALIASES, number>;
  const issues: InputIssue[] = [];
  for (const [field, aliases] of Object.entries(COLUMN_ALIASES) as [keyof typeof COLUMN_ALIASES, string[]][]) {
    map[field] = normalised.findIndex((h) => aliases.includes(h));
    if (map[field] < 0 && REQUIRED.includes(field)) {
      issues.push({
        row: 1,
        column: aliases[0],
        message: `missing column "${aliases[0]}" (accepted headers: ${aliases.join(', ')}); found: ${header.join(', ') || 'nothing'}`,
      });
    }
  }
  if (issues.length) throw new InvalidFileError(fileName, issues);
  return map;
}

function rowsFromTable(fileName: string, header: string[], records: { line: number; cells: string[] }[]): PlanRow[] {
  const map = mapColumns(fileName, header);
  const cell = (cells: string[], i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
  return records
    .filter((r) => r.cells.some((c) => c.trim() !== ''))
    .map((r) => ({
      row: r.line,
      code: cell(r.cells, map.code),
      parentCode: cell(r.cells, map.parentCode),
      title: cell(r.cells, map.title),
      description: cell(r.cells, map.description),
      sourceUrl: cell(r.cells, map.sourceUrl),
    }));
}

/** The refusal of a row with more cells than LIMITS.maxColumns. */
function tooManyColumns(fileName: string, row: number): InvalidFileError {
  return new InvalidFileError(fileName, [
    { row, message: `row ${row} has more than ${formatCount(LIMITS.maxColumns)} columns (the most a row may have)` },
  ]);
}

async function readXlsx(fileName: string, buf: Buffer): Promise<PlanRow[]> {
  // Loaded whole (cell texts are needed as Excel shows them), so what it inflates to is checked first.
  await checkZipParts(fileName, buf);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new InvalidFileError(fileName, [{ message: `not a readable XLSX workbook (${(e as Error).message})` }]);
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new InvalidFileError(fileName, [{ message: 'the workbook has no worksheet' }]);
  if (ws.columnCount > LIMITS.maxColumns) {
    let wide = 1;
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (wide === 1 && row.cellCount > LIMITS.maxColumns) wide = rowNumber;
    });
    throw tooManyColumns(fileName, wide);
  }
  const records: { line: number; cells: string[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    // `text` is what Excel shows: a code typed as 1.10 stays "1.10", not the number 1.1.
    for (let c = 1; c <= ws.columnCount; c++) cells.push(row.getCell(c).text ?? '');
    records.push({ line: rowNumber, cells });
  });
  const [head, ...rest] = records;
  if (!head) throw new InvalidFileError(fileName, [{ message: 'the first worksheet is empty' }]);
  return rowsFromTable(fileName, head.cells, rest);
}

function readStructured(fileName: string, data: unknown): { rows: PlanRow[]; plan?: PlanMeta } {
  const list = Array.isArray(data) ? data : (data as { items?: unknown })?.items;
  if (!Array.isArray(list)) {
    throw new InvalidFileError(fileName, [
      { message: 'expected a list of entries, or an object with "items" (and optionally "plan")' },
    ]);
  }
  const plan = Array.isArray(data) ? undefined : ((data as { plan?: PlanMeta }).plan ?? undefined);
  const rows = list.map((item, i) => {
    const entry = Object.fromEntries(
      Object.entries((item ?? {}) as Record<string, unknown>).map(([k, v]) => [normaliseHeader(k), v == null ? '' : String(v).trim()]),
    );
    const pick = (field: keyof typeof COLUMN_ALIASES) =>
      COLUMN_ALIASES[field].map((a) => entry[a]).find((v) => v !== undefined) ?? '';
    return {
      row: i + 1,
      code: pick('code'),
      parentCode: pick('parentCode'),
      title: pick('title'),
      description: pick('description'),
      sourceUrl: pick('sourceUrl'),
    };
  });
  return { rows, plan };
}

/** Whether arrays/objects in `data` are nested more than `max` deep (without recursion). */
function nestedDeeper(data: unknown, max: number): boolean {
  const stack: [value: unknown, depth: number][] = [[data, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [value, depth] = item;
    if (value === null || typeof value !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Reads a plan file by its extension: .xlsx, .csv (`;` or `,`, UTF-8 or Latin-1), .json, .yaml/.yml. */
export async function parsePlanFile(fileName: string, buf: Buffer): Promise<ParsedPlanFile> {
  const ext = path.extname(fileName).toLowerCase();
  if (buf.length === 0) throw new InvalidFileError(fileName, [{ message: 'the file is empty' }]);
  switch (ext) {
    case '.xlsx':
      return { format: 'xlsx', rows: await readXlsx(fileName, buf) };
    case '.csv':
    case '.txt': {
      let table;
      try {
        table = parseDelimited(buf, { maxRecordSize: LIMITS.maxRecordChars });
      } catch (e) {
        throw new InvalidFileError(fileName, [{ message: `not a readable CSV file (${(e as Error).message})` }]);
      }
      if (table.header.length > LIMITS.maxColumns) throw tooManyColumns(fileName, 1);
      const wide = table.rows.find((r) => r.cells.length > LIMITS.maxColumns);
      if (wide) throw tooManyColumns(fileName, wide.line);
      return { format: 'csv', rows: rowsFromTable(fileName, table.header, table.rows) };
    }
    case '.json':
    case '.yaml':
    case '.yml': {
      if (buf.length > LIMITS.maxJsonBytes) {
        throw new InvalidFileError(fileName, [{ message: `the file is larger than ${formatBytes(LIMITS.maxJsonBytes)}, the most a plan file may be` }]);
      }
      const deep = ext === '.json' ? jsonNestingOverflow(buf) : -1;
      if (deep >= 0) {
        throw new InvalidFileError(fileName, [
          { message: `arrays/objects are nested more than ${LIMITS.maxNestingDepth} deep (at byte ${deep + 1}); a plan file needs 3` },
        ]);
      }
      const tooDeep = () => new InvalidFileError(fileName, [{ message: `arrays/objects are nested more than ${LIMITS.maxNestingDepth} deep; a plan file needs 3` }]);
      let data: unknown;
      try {
        data = ext === '.json' ? JSON.parse(buf.toString('utf8')) : YAML.parse(buf.toString('utf8'));
      } catch (e) {
        // The YAML parser recurses: flow collections nested some thousands deep overflow its stack.
        if (/Maximum call stack size exceeded/.test((e as Error).message)) throw tooDeep();
        throw new InvalidFileError(fileName, [{ message: `not valid ${ext === '.json' ? 'JSON' : 'YAML'}: ${(e as Error).message}` }]);
      }
      if (nestedDeeper(data, LIMITS.maxNestingDepth)) throw tooDeep();
      return { format: ext === '.json' ? 'json' : 'yaml', ...readStructured(fileName, data) };
    }
    default:
      throw new InvalidFileError(fileName, [
        { message: `unsupported file type "${ext || '(none)'}"; accepted: .xlsx, .csv, .json, .yaml, .yml` },
      ]);
  }
}
