import { actionEditInput, type ActionEditInput } from '../contract/action-edit';
import { REGISTER_COLUMNS, type RegisterField } from '../contract/action-register';
import { isSafeText, UNSAFE_TEXT_MESSAGE } from '../contract/common';
import type { InputIssue } from '../errors/errors';
import { cellOf, mapColumns, type TableFile } from '../lib/table-file';

/** One action row of a register file: the change it asks for, as the edit of one action takes it. */
export type RegisterRow = { row: number; code: string; input: ActionEditInput; valid: boolean };

const DATE_FIELDS = ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const;

/** Italian words a clerk may write for the body's role and the kinds of funding. */
const BODY_ROLE_WORDS: Record<string, string> = { capofila: 'lead', coordinamento: 'coordination', supporto: 'support' };
const FUNDING_WORDS: Record<string, string> = {
  nazionale: 'national',
  regionale: 'regional',
  propri: 'own',
  proprio: 'own',
  fondi_propri: 'own',
  privato: 'private',
  privati: 'private',
  altro: 'other',
};

/** Entries of a list cell: separated by `;` or line breaks (Alt+Invio in Excel). */
const entries = (cell: string) =>
  cell
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The `|`-separated parts of an entry (fundings, milestones); '' for a missing one. */
const parts = (entry: string, n: number) => {
  const p = entry.split('|').map((s) => s.trim());
  return Array.from({ length: Math.max(n, p.length) }, (_, i) => p[i] ?? '');
};

/**
 * A date as a clerk writes it (2026-03-31 or 31/03/2026) or as Excel stores a date cell; the text
 * unchanged when it is neither, so the contract's check names it ("must be a date YYYY-MM-DD").
 */
export function fileDate(text: string): string {
  const it = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (it) return `${it[3]}-${it[2]!.padStart(2, '0')}-${it[1]!.padStart(2, '0')}`;
  // exceljs gives a date cell's text as JavaScript writes a Date (…GMT…); the cell holds midnight UTC.
  if (/GMT/.test(text) && !Number.isNaN(Date.parse(text))) return new Date(Date.parse(text)).toISOString().slice(0, 10);
  return text;
}

/** A number as Italian Excel writes it (1.250.000,50) or with a decimal point (1250000.5); NaN otherwise. */
export function fileNumber(text: string): number {
  const t = text.replace(/[\s€]/g, '');
  if (!/^-?[\d.,]+$/.test(t)) return Number.NaN;
  if (t.includes(',')) return Number(t.replace(/\./g, '').replace(',', '.'));
  if ((t.match(/\./g) ?? []).length > 1) return Number(t.replace(/\./g, ''));
  return Number(t);
}

/** `Nome (ruolo)` → name and role. */
function partnerOf(entry: string) {
  const m = /^(.*?)\s*\(([^()]*)\)$/.exec(entry);
  return m ? { name: m[1]!, role: m[2]!.trim() || null } : { name: entry, role: null };
}

function fundingOf(entry: string) {
  const [type, pnrrCode, cup, amount, description, sourceUrl] = parts(entry, 6);
  const word = type!.toLowerCase().replace(/\s+/g, '_');
  return {
    sourceType: FUNDING_WORDS[word] ?? word,
    pnrrCode: pnrrCode || null,
    cup: cup ? cup.toUpperCase() : null,
    amount: amount ? fileNumber(amount) : null,
    description: description || null,
    sourceUrl: sourceUrl || null,
  };
}

function milestoneOf(entry: string) {
  const [title, planned, actual] = parts(entry, 3);
  return { title: title!, plannedDate: planned ? fileDate(planned) : null, actualDate: actual ? fileDate(actual) : null };
}

/** The edit a row asks for: a column absent from the file changes nothing, an empty cell clears the field. */
function inputOf(cells: string[], map: Record<RegisterField, number>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const has = (f: RegisterField) => map[f] >= 0;
  const cell = (f: RegisterField) => cellOf(cells, map[f]);
  if (has('office')) input.office = cell('office') || null;
  if (has('responsibleUser')) input.responsibleUser = cell('responsibleUser') || null;
  if (has('bodyRole')) {
    const r = cell('bodyRole').toLowerCase();
    input.bodyRole = r ? (BODY_ROLE_WORDS[r] ?? r) : null;
  }
  const dates = DATE_FIELDS.filter(has);
  if (dates.length) input.dates = Object.fromEntries(dates.map((f) => [f, cell(f) ? fileDate(cell(f)) : null]));
  // An empty weight puts back the default, 1 (a weight cannot be cleared).
  if (has('weight')) input.weight = cell('weight') ? fileNumber(cell('weight')) : 1;
  if (has('zones')) input.zones = entries(cell('zones'));
  if (has('partners')) input.partners = entries(cell('partners')).map(partnerOf);
  if (has('fundings')) input.fundings = entries(cell('fundings')).map(fundingOf);
  if (has('milestones')) input.milestones = entries(cell('milestones')).map(milestoneOf);
  return input;
}

const SUBFIELD_NAMES: Record<string, string> = {
  sourceType: 'tipo',
  pnrrCode: 'codice PNRR',
  cup: 'CUP',
  amount: 'importo',
  description: 'descrizione',
  sourceUrl: 'link',
  title: 'titolo',
  plannedDate: 'data prevista',
  actualDate: 'data effettiva',
  name: 'nome',
  role: 'ruolo',
};

/**
 * An issue of the edit (a zod path or an edit's field name such as `dates.plannedEnd`, `zones.2`,
 * `fundings.0.cup`) as the file's row and column, with the entry and part of a list cell.
 */
export function fileIssue(row: number, name: string, message: string): InputIssue {
  const [field, ...rest] = name.split('.');
  const key = (field === 'dates' ? rest.shift() : field) as RegisterField | undefined;
  const column = key && key in REGISTER_COLUMNS ? REGISTER_COLUMNS[key][0] : 'codice_azione';
  const [index, sub] = rest;
  const where = [index !== undefined ? `entry ${Number(index) + 1}` : null, sub ? (SUBFIELD_NAMES[sub] ?? sub) : null].filter(Boolean).join(', ');
  return { row, column, message: where ? `${where}: ${message}` : message };
}

/**
 * The rows of a register file, each checked against the edit's contract, and every problem by row and
 * column (a file with any is refused whole). Codes and e-mails are checked against the database later.
 */
export function readRegisterRows(fileName: string, table: TableFile, actionCodes: Set<string>): { rows: RegisterRow[]; issues: InputIssue[] } {
  const map = mapColumns(fileName, table.header, REGISTER_COLUMNS as unknown as Record<RegisterField, string[]>, ['code']);
  const issues: InputIssue[] = [];
  const seen = new Map<string, number>();
  const rows = table.records.map((r): RegisterRow => {
    const before = issues.length;
    const code = cellOf(r.cells, map.code);
    const codeColumn = REGISTER_COLUMNS.code[0];
    const unsafe = r.cells.findIndex((c) => !isSafeText(c));
    if (unsafe >= 0) issues.push({ row: r.line, column: table.header[unsafe] ?? `${unsafe + 1}`, message: UNSAFE_TEXT_MESSAGE });
    if (!code) issues.push({ row: r.line, column: codeColumn, message: 'is required' });
    else if (seen.has(code)) issues.push({ row: r.line, column: codeColumn, message: `action "${code}" is also on row ${seen.get(code)}` });
    else if (!actionCodes.has(code)) issues.push({ row: r.line, column: codeColumn, message: `no action "${code}" in this plan` });
    if (code && !seen.has(code)) seen.set(code, r.line);
    let input: ActionEditInput = {};
    if (unsafe < 0) {
      const parsed = actionEditInput.safeParse(inputOf(r.cells, map));
      if (parsed.success) input = parsed.data;
      else for (const i of parsed.error.issues) issues.push(fileIssue(r.line, i.path.join('.'), i.message));
    }
    return { row: r.line, code, input, valid: issues.length === before };
  });
  return { rows, issues };
}
