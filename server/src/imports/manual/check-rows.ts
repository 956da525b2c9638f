import type { ValueRow } from '../../contract/indicator-values';
import type { ValueEntryCode } from '../../contract/values';
import { isSafeText, UNSAFE_TEXT_MESSAGE } from '../../contract/common';
import type { InputIssue } from '../../errors/errors';
import { normalisePeriod, PERIOD_FORMATS } from '../mapping/periods';
import type { TerritoryResolver } from '../mapping/territories';
import { parseValue } from '../mapping/values';
import { importMessage } from '../messages';
import type { StageRow } from '../pipeline/stage';

/** A grid row or a template line: its number (grid row, CSV line) and the column names to cite. */
export type NumberedRow = { row: number; cells: ValueRow };
/** How each field is called where the rows come from: the API's names, or the template's Italian headers. */
export type ColumnNames = Record<'territory' | 'period' | 'value' | 'note' | 'sourceDocument', string>;
export const API_COLUMNS: ColumnNames = { territory: 'territory', period: 'period', value: 'value', note: 'note', sourceDocument: 'sourceDocument' };

export type CheckedRows = { staged: StageRow[]; issues: InputIssue[]; missing: number };

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const text = (v: string | null | undefined) => (blank(v) ? null : v!.trim());

/**
 * Checks the typed rows as the import checks a file's: territory (code or name), period (2024, 2024-Q1,
 * 2024-S1, 2024-03 and the import's other spellings), value (decimal comma or point). Every problem names
 * the row, the column, and the territory and period it belongs to. A row without a value is left out
 * (counted as missing, as a file's empty cell is); the same territory and period twice is an error.
 */
export function checkRows(indicatorId: number, rows: NumberedRow[], territories: TerritoryResolver, columns: ColumnNames): CheckedRows {
  const staged: StageRow[] = [];
  const issues: InputIssue[] = [];
  const seen = new Map<string, number>();
  let missing = 0;
  for (const { row, cells } of rows) {
    // A text that cannot be stored is not repeated in the answer either.
    const shown = (v: string) => (isSafeText(v) ? v.trim() : '(?)');
    const territoryText = shown(cells.territory);
    const periodText = shown(cells.period);
    const where = `${territoryText || '(no territory)'} ${periodText || '(no period)'}`;
    const problem = (field: keyof ColumnNames, code: ValueEntryCode, params: Record<string, unknown>, message: string) =>
      issues.push({
        row,
        column: columns[field],
        name: where,
        message: `Territory ${where.replace(' ', ', period ')}: ${message}`,
        code,
        params: { ...params, territory: territoryText, period: periodText },
      });
    const unsafe = (['territory', 'period', 'value', 'note', 'sourceDocument'] as const).filter((f) => typeof cells[f] === 'string' && !isSafeText(cells[f]));
    if (unsafe.length) {
      for (const f of unsafe) problem(f, 'text.unsafe', {}, UNSAFE_TEXT_MESSAGE);
      continue;
    }
    const before = issues.length;
    const territory = territories.resolve(cells.territory);
    if (!territory) {
      if (territoryText) problem('territory', 'territory.unknown', { value: territoryText }, `unknown territory "${territoryText}"`);
      else problem('territory', 'territory.required', {}, 'the territory is required');
    } else if ('ambiguous' in territory) {
      problem('territory', 'territory.ambiguous', { value: territoryText, candidates: territory.ambiguous }, `"${territoryText}" names more than one territory (${territory.ambiguous.join('; ')}): use its code`);
    }
    const period = normalisePeriod(cells.period);
    if (!period) {
      if (periodText) problem('period', 'period.invalid', { value: periodText }, `"${periodText}" is not a period: write ${PERIOD_FORMATS}`);
      else problem('period', 'period.required', {}, `the period is required: write ${PERIOD_FORMATS}`);
    }
    const value = blank(cells.value) ? null : parseValue(cells.value!);
    if (value && 'error' in value) problem('value', value.error.code, value.error.params, importMessage(value.error.code, value.error.params));
    const doc = text(cells.sourceDocument);
    if (doc && /^[a-z][a-z0-9+.-]*:/i.test(doc) && !/^https?:\/\//i.test(doc) && !/^\S+:\s/.test(doc)) {
      problem('sourceDocument', 'link.badScheme', { value: doc.slice(0, 200) }, 'a link must start with http:// or https://');
    }
    if (issues.length > before || !territory || 'ambiguous' in territory || !period) continue;
    const key = `${territory.id}|${period.period}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problem('period', 'row.duplicate', { first, row }, `rows ${first} and ${row} give the same territory and period: keep one`);
      continue;
    }
    seen.set(key, row);
    if (!value) {
      missing++;
      continue;
    }
    staged.push({
      indicatorId,
      territoryId: territory.id,
      period: period.period,
      periodStart: period.start,
      value: (value as { value: number }).value,
      provisional: Boolean(cells.provisional),
      estimated: Boolean(cells.estimated),
      breakInSeries: Boolean(cells.breakInSeries),
      sourceFlag: null,
      sourceRow: row,
      note: text(cells.note),
      sourceDocument: doc,
    });
  }
  return { staged, issues, missing };
}
