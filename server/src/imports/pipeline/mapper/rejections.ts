import type { ImportMessageCode } from '../../../contract/imports';
import type { InputIssue } from '../../../errors/errors';
import { importIssue, type ImportMessageParams } from '../../messages';

/*
 * Why a record is not staged. The mapper returns these instead of a row; the report builder counts them
 * and turns the problems into the report's errors. The constants are shared, so a rejected record costs
 * no allocation unless its problem names its row.
 */

/** Left out by a --filter. */
export const FILTERED = { kind: 'filtered' } as const;
/** Empty in the file (Eurostat ":", an empty OBS_VALUE): counted, not stored. */
export const MISSING = { kind: 'missing' } as const;
/** The file names no indicator and none was given with --indicator: reported once for the whole file. */
export const NO_INDICATOR = { kind: 'no-indicator' } as const;

/** A code of the file that is none of ours (or several): one object per code, so the report groups its rows. */
export type UnknownCode = { kind: 'unknown-code'; column: string; code: UnknownCodeMessage; params: Record<string, unknown> };
/** The codes of the catalogue an unknown code of the file is reported with. */
export type UnknownCodeMessage = Extract<ImportMessageCode, 'indicator.unknown' | 'territory.unknown' | 'territory.ambiguous' | 'territory.empty'>;
/** A problem of this record alone (its period or its value), listed at its row. */
export type RowIssue = { kind: 'row-issue'; issue: InputIssue };
/**
 * Both the indicator and the territory are unknown, or the file names no indicator and the territory is
 * unknown (`noIndicator`): one run reports them together.
 */
export type UnknownCodes = { kind: 'unknown-codes'; codes: readonly UnknownCode[]; noIndicator?: true };

export type RecordProblem = typeof NO_INDICATOR | UnknownCode | RowIssue | UnknownCodes;
export type Rejection = typeof FILTERED | typeof MISSING | RecordProblem;

export const unknownCode = <C extends UnknownCodeMessage>(column: string, code: C, params: ImportMessageParams<C>): UnknownCode => ({
  kind: 'unknown-code',
  column,
  code,
  params,
});
/** A problem of one record at its row and column: a code of the catalogue, or an issue already built (e.g. by parseValue). */
export function rowIssue<C extends ImportMessageCode>(row: number, column: string, code: C, params: ImportMessageParams<C>): RowIssue {
  return { kind: 'row-issue', issue: importIssue(code, params, { row, column }) };
}
