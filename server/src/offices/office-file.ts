import type { InputIssue } from '../errors/errors';
import { OFFICE_EMAIL } from '../contract/offices';
import { cellOf, mapColumns, type TableFile } from '../lib/table-file';

/** One office of a file, as written (trimmed), with its line. */
export type OfficeFileRow = { row: number; code: string; name: string; parent: string | null; email: string | null };

/** Accepted header names (Italian or English), normalised; the first is the one errors name. */
const COLUMNS = {
  code: ['code', 'codice', 'cod'],
  name: ['name', 'nome', 'denominazione', 'ufficio'],
  parent: ['parent_code', 'codice_padre', 'parent', 'padre', 'direzione', 'dipartimento'],
  email: ['email', 'e_mail', 'mail', 'posta_elettronica'],
};

/** The rows of an offices file, and every problem of each cell by row and column (a file with any is refused whole). */
export function readOfficeRows(fileName: string, table: TableFile, existing: Set<string>): { rows: OfficeFileRow[]; issues: InputIssue[] } {
  const map = mapColumns(fileName, table.header, COLUMNS, ['code', 'name']);
  const issues: InputIssue[] = [];
  const seen = new Map<string, number>();
  const rows = table.records.map((r): OfficeFileRow => {
    const row = { row: r.line, code: cellOf(r.cells, map.code), name: cellOf(r.cells, map.name), parent: cellOf(r.cells, map.parent) || null, email: cellOf(r.cells, map.email) || null };
    const issue = (column: string, message: string) => issues.push({ row: r.line, column, message });
    if (!row.code) issue('code', 'is required');
    else if (/\s/.test(row.code) || row.code.length > 50) issue('code', `"${row.code}" is not an office code (at most 50 characters, no spaces)`);
    else if (seen.has(row.code)) issue('code', `"${row.code}" is also on row ${seen.get(row.code)}`);
    else seen.set(row.code, r.line);
    if (!row.name) issue('name', 'is required');
    else if (row.name.length > 300) issue('name', 'must be at most 300 characters');
    if (row.email && (row.email.length > 320 || !OFFICE_EMAIL.test(row.email))) issue('email', `"${row.email}" is not an e-mail address such as ufficio@ente.it`);
    if (row.parent && row.parent === row.code) issue('parent_code', 'an office cannot be its own department');
    return row;
  });
  for (const row of rows) {
    if (row.parent && row.parent !== row.code && !seen.has(row.parent) && !existing.has(row.parent)) {
      issues.push({ row: row.row, column: 'parent_code', message: `no office with code "${row.parent}" in the file or in the database` });
    }
  }
  return { rows, issues };
}
