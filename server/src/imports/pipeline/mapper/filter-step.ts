import type { RawRecord } from '../../readers/types';

/** One --filter: the dimension as the analyst typed it, the values to keep, and the file's own name for it once a record has it. */
export type RecordFilter = { readonly wanted: string; readonly values: ReadonlySet<string>; dim: string | null };

/** --filter dim=A,B: the records kept are those whose dimension has one of the values. */
export class FilterStep {
  readonly list: readonly RecordFilter[];

  constructor(filters: Record<string, string> | undefined) {
    // A filter keeps one value or a comma-separated list (geo=IT,ITC1,ITC11).
    this.list = Object.entries(filters ?? {}).map(([wanted, list]) => ({
      wanted,
      values: new Set(list.split(',').map((v) => v.trim()).filter(Boolean)),
      dim: null,
    }));
  }

  /**
   * True when the record passes every filter whose dimension it has. Every filter is looked at, even
   * after one has failed: the report notes the record's value of each filtered dimension.
   */
  keeps(r: RawRecord): boolean {
    let keep = true;
    for (const f of this.list) {
      const dim = f.dim ?? (f.dim = dimensionNamed(r, f.wanted));
      if (dim !== null && !f.values.has(r.dimensions[dim]!)) keep = false;
    }
    return keep;
  }
}

/** The record's name for a dimension a filter names, case-insensitively (analysts type `geo` for `GEO`). */
function dimensionNamed(r: RawRecord, wanted: string): string | null {
  const lower = wanted.toLowerCase();
  return Object.keys(r.dimensions).find((d) => d.toLowerCase() === lower) ?? null;
}
