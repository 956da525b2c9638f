import type { InputIssue } from '../../../errors/errors';
import { importIssue, type ImportMessageParams } from '../../messages';
import type { UnknownCode } from '../mapper/rejections';

/** At most this many rows are named per code. */
const ROWS_NAMED = 5;

/** Unknown or ambiguous codes, reported once per code with how many rows and the first of them. */
export class UnknownCodes {
  private readonly seen = new Map<UnknownCode, { rows: number[]; count: number }>();

  add(code: UnknownCode, row: number): void {
    const p = this.seen.get(code);
    if (!p) this.seen.set(code, { rows: [row], count: 1 });
    else {
      p.count++;
      // XML files may hold several values on one line: a row is named once.
      if (p.rows.length < ROWS_NAMED && p.rows[p.rows.length - 1] !== row) p.rows.push(row);
    }
  }

  /** One issue per code, in the order they were first met. */
  issues(): InputIssue[] {
    return [...this.seen].map(([code, p]) =>
      importIssue(
        code.code,
        { ...code.params, count: p.count, rows: p.rows, moreRows: p.rows.length === ROWS_NAMED } as ImportMessageParams<typeof code.code>,
        { row: p.rows[0], column: code.column },
      ),
    );
  }
}
