import type { IndicatorValue, ValueRowsBody } from '@psm/server/contract';

/** A row of the grid as typed: the value as text (decimal comma), so nothing is lost while typing. */
export type GridRow = {
  /** Stable key: the row's position never names it (rows can be added and removed). */
  key: string;
  territory: string;
  /** The territory's name, as the values name it (rows added in the grid look it up). */
  territoryName: string;
  period: string;
  value: string;
  provisional: boolean;
  estimated: boolean;
  breakInSeries: boolean;
  note: string;
  sourceDocument: string;
  /** False for a row added in the grid: its territory and period can be chosen. */
  saved: boolean;
};

let next = 0;
const newKey = () => `r${++next}`;

/** The current values as grid rows. */
export function rowsOf(values: IndicatorValue[]): GridRow[] {
  return values.map((v) => ({
    key: newKey(),
    territory: v.territory.code,
    territoryName: v.territory.name,
    period: v.period,
    value: String(v.value).replace('.', ','),
    provisional: v.provisional,
    estimated: v.estimated,
    breakInSeries: v.breakInSeries,
    note: v.note ?? '',
    sourceDocument: v.sourceDocument ?? '',
    saved: true,
  }));
}

export const emptyRow = (territory = ''): GridRow => ({
  key: newKey(),
  territory,
  territoryName: '',
  period: '',
  value: '',
  provisional: false,
  estimated: false,
  breakInSeries: false,
  note: '',
  sourceDocument: '',
  saved: false,
});

/** The body of a save: every row, the server checks and compares them (unchanged ones write nothing). */
export function bodyOf(rows: GridRow[]): ValueRowsBody {
  return {
    rows: rows.map((r) => ({
      territory: r.territory,
      period: r.period.trim(),
      value: r.value.trim() === '' ? null : r.value.trim(),
      provisional: r.provisional,
      estimated: r.estimated,
      breakInSeries: r.breakInSeries,
      note: r.note.trim() || null,
      sourceDocument: r.sourceDocument.trim() || null,
    })),
  };
}
