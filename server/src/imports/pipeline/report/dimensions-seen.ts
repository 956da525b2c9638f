import type { InputIssue } from '../../../errors/errors';
import { importIssue } from '../../messages';
import type { RawRecord } from '../../readers/types';
import type { RecordFilter } from '../mapper/filter-step';
import type { ImportReport } from '../types';

/** Values kept per dimension: enough to name them in a message, bounded on a file with many. */
const MAX_DIMENSION_VALUES = 20;
/** Records whose dimension names are kept, to list them when a filter names none of them. */
const NAMED_RECORDS = 100;
/** Dimensions that never need a filter: the period already says the frequency. */
const FREE_DIMENSIONS = new Set(['FREQ', 'FREQUENCY']);

/**
 * The values the file's dimensions take (up to 20 each, with the row each is first met on): what the
 * report lists, what tells a dimension with several values (one indicator, territory and period would get
 * several values), and what checks the filters.
 */
export class DimensionsSeen {
  private readonly values = new Map<string, Map<string, number>>();
  private readonly more = new Set<string>();
  private readonly names = new Set<string>();

  constructor(
    private readonly filters: readonly RecordFilter[],
    /** With --indicator, the file's indicator dimension is one more that must have a single value. */
    private readonly indicatorFixed: boolean,
  ) {}

  /** `recordNo`: 1-based position among the records read; `kept`: false when a filter left the record out. */
  note(r: RawRecord, recordNo: number, kept: boolean): void {
    if (recordNo <= NAMED_RECORDS) for (const d in r.dimensions) this.names.add(d);
    // The filter step has resolved each filter's dimension for this record.
    for (const f of this.filters) if (f.dim !== null) this.track(f.dim, r.dimensions[f.dim]!, r.row);
    if (!kept) return;
    for (const dim in r.dimensions) {
      if (dim === r.territoryDim || dim === r.timeDim || (dim === r.indicatorDim && !this.indicatorFixed) || FREE_DIMENSIONS.has(dim.toUpperCase())) {
        continue;
      }
      this.track(dim, r.dimensions[dim]!, r.row);
    }
  }

  private track(dim: string, value: string, row: number): void {
    let values = this.values.get(dim);
    if (!values) this.values.set(dim, (values = new Map()));
    if (values.has(value)) return;
    if (values.size >= MAX_DIMENSION_VALUES) this.more.add(dim);
    else values.set(value, row);
  }

  /** Filters naming a dimension the file lacks or a value no row has. */
  filterProblems(): InputIssue[] {
    const issues: InputIssue[] = [];
    for (const { wanted, values, dim } of this.filters) {
      if (!dim) {
        issues.push(importIssue('filter.unknownDimension', { dimension: wanted, values: [...values], dimensions: [...this.names] }, { name: 'filter' }));
        continue;
      }
      const seen = this.values.get(dim);
      for (const value of values) {
        // Only a short list of values per dimension is kept; past it, an unseen value may still be in the file.
        if (seen?.has(value) || this.more.has(dim)) continue;
        issues.push(
          importIssue('filter.valueNotFound', { filter: wanted, dimension: dim, value, values: [...(seen?.keys() ?? [])] }, { name: 'filter', column: dim }),
        );
      }
    }
    return issues;
  }

  /** Dimensions no filter narrows that have several values, named at the row of the second. */
  severalValues(): InputIssue[] {
    const filtered = new Set(this.filters.map((f) => f.dim));
    const issues: InputIssue[] = [];
    for (const [dim, values] of this.values) {
      if (filtered.has(dim) || values.size <= 1) continue;
      const [first, second] = [...values.entries()];
      const params = { dimension: dim, values: [...values.keys()].slice(0, 8), more: values.size > 8 || this.more.has(dim), suggestion: first![0] };
      issues.push(importIssue('dimension.severalValues', params, { row: second![1], column: dim }));
    }
    return issues;
  }

  /** The report's list: every dimension tracked, its values, and whether there were more. */
  summary(): ImportReport['dimensions'] {
    return [...this.values].map(([name, values]) => ({ name, values: [...values.keys()], more: this.more.has(name) }));
  }
}
