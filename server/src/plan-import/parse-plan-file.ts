import path from 'node:path';
import YAML from 'yaml';
import { InvalidFileError } from '../errors/errors';
import { formatBytes, jsonNestingOverflow, LIMITS } from '../imports/readers/limits';
import { cellOf, mapColumns, normaliseHeader, readTableFile, type TableFile } from '../lib/table-file';

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

function rowsFromTable(fileName: string, table: TableFile): PlanRow[] {
  const map = mapColumns(fileName, table.header, COLUMN_ALIASES, REQUIRED);
  return table.records.map((r) => ({
    row: r.line,
    code: cellOf(r.cells, map.code),
    parentCode: cellOf(r.cells, map.parentCode),
    title: cellOf(r.cells, map.title),
    description: cellOf(r.cells, map.description),
    sourceUrl: cellOf(r.cells, map.sourceUrl),
  }));
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
    case '.csv':
    case '.txt': {
      const table = await readTableFile(fileName, buf);
      return { format: table.format, rows: rowsFromTable(fileName, table) };
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
