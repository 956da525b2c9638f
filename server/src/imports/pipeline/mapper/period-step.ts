import { normalisePeriod, type Period, PERIOD_FORMATS } from '../../mapping/periods';
import type { RawRecord } from '../../readers/types';
import { type RowIssue, rowIssue } from './rejections';

/** The record's period as stored (`2021`, `2021-Q3`, `2021-03`, `2021-S1`); each spelling is read once. */
export class PeriodStep {
  private readonly bySpelling = new Map<string, Period | null>();

  map(r: RawRecord): Period | RowIssue {
    const raw = r.dimensions[r.timeDim] ?? '';
    let period = this.bySpelling.get(raw);
    if (period === undefined) this.bySpelling.set(raw, (period = normalisePeriod(raw)));
    return period ?? rowIssue(r.row, r.timeDim, 'period.invalid', { value: raw, formats: PERIOD_FORMATS });
  }
}
