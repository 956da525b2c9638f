import { mapFlags, type ObservationFlags } from '../../mapping/flags';
import { parseValue } from '../../mapping/values';
import type { RawRecord } from '../../readers/types';
import { type RowIssue, rowIssue } from './rejections';

/** The record's value in units (decimal comma or point, UNIT_MULT applied); a missing value is rejected before. */
export function mapValue(r: RawRecord, value: string | number): number | RowIssue {
  const parsed = parseValue(value, r.unitMultiplier ?? 0);
  return 'error' in parsed ? rowIssue(r.row, r.valueColumn, parsed.error.code, parsed.error.params) : parsed.value;
}

/** Most records carry no flag: they share one object. */
const NO_FLAGS: ObservationFlags = mapFlags([]);

/** What the file's flags mean for us (provisional, estimated, break in series), with the codes as written. */
export function mapRecordFlags(r: RawRecord): ObservationFlags {
  return r.flags.length ? mapFlags(r.flags) : NO_FLAGS;
}
